using Cims.Domain.Common;
using Cims.Domain.Reviews;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>
/// What every page of the review's content does alike: show the page with the review around the form (a user who may
/// not change it is sent to the review's page; a page of the other kind of review is "not found"), and after a change
/// go back with a message or show the page again with what was typed and the message, the version refreshed when
/// someone else saved first.
/// </summary>
public abstract class ContentControllerBase(GetReviewPage pages) : Controller
{
    protected async Task<IActionResult> ShowAsync<TForm>(
        int id, string view, Func<ReviewPage, TForm?> form, Error? error, CancellationToken ct, ReviewKind? kind = null, bool tracking = false)
        where TForm : class
    {
        if (await pages.RunAsync(id, User, ct) is not { } page || (kind is { } k && page.Review.Kind != k))
            return NotFound();
        if (!(tracking ? page.Actions.CanTrack : page.Actions.CanWork))
            return Redirect($"/Reviews/{id}");
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove("Version");
        if (form(page) is not { } model)
            return NotFound();
        ViewData[nameof(ReviewPage)] = page;
        return View(view, model);
    }

    /// <summary>After a change: "not found" (or a page of the other kind) is a 404; another failure shows <paramref name="again"/>; success goes to <paramref name="next"/>.</summary>
    protected async Task<IActionResult> DoneAsync(Result result, string flash, string next, Func<Error, Task<IActionResult>> again)
    {
        if (result.Error is { } error)
            return error.IsNotFound || error == ReviewErrors.NotForThisKind ? NotFound() : await again(error);
        TempData["Flash"] = flash;
        return Redirect(next);
    }

    /// <summary>The version to put in the form shown again: the current one after a stale save, else what was posted.</summary>
    protected static Guid? VersionAfter(Error? error, Guid? posted, ReviewPage page) =>
        error == ReviewErrors.Concurrency || posted is null ? page.Review.Version : posted;
}
