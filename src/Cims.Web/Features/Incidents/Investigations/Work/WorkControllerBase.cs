using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>
/// What every page of the investigation's content does alike: show the page with the investigation around the form
/// (a user who may not change it is sent to the investigation's page), and after a change go back with a message or
/// show the page again with what was typed and the message, the version refreshed when someone else saved first.
/// </summary>
public abstract class WorkControllerBase(GetInvestigationPage pages) : Controller
{
    protected GetInvestigationPage Pages => pages;

    protected async Task<IActionResult> ShowAsync<TForm>(int id, string view, Func<InvestigationPage, TForm?> form, Error? error, CancellationToken ct, bool tracking = false)
        where TForm : class
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        if (!(tracking ? page.Actions.CanTrack : page.Actions.CanWork))
            return Redirect($"/Investigations/{id}");
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove("Version");
        if (form(page) is not { } model)
            return NotFound();
        ViewData[nameof(InvestigationPage)] = page;
        return View(view, model);
    }

    /// <summary>After a change: "not found" is a 404; another failure shows <paramref name="again"/>; success goes to <paramref name="next"/>.</summary>
    protected async Task<IActionResult> DoneAsync(Result result, string flash, string next, Func<Error, Task<IActionResult>> again)
    {
        if (result.Error is { } error)
            return error.IsNotFound ? NotFound() : await again(error);
        TempData["Flash"] = flash;
        return Redirect(next);
    }

    /// <summary>The version to put in the form shown again: the current one after a stale save, else what was posted.</summary>
    protected static Guid? VersionAfter(Error? error, Guid? posted, InvestigationPage page) =>
        error == InvestigationErrors.Concurrency || posted is null ? page.Investigation.Version : posted;
}
