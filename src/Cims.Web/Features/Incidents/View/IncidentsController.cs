using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.View;

/// <summary>The read-only incident page and corrections (addendums) after endorsement.</summary>
[Route("Incidents")]
public sealed class IncidentsController(GetIncidentPage pages) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await pages.RunAsync(id, User, ct) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/Addendum")]
    public async Task<IActionResult> Addendum(int id, CancellationToken ct) =>
        await ShowFormAsync(id, null, ct);

    [HttpPost("{id:int}/Addendum")]
    public async Task<IActionResult> Addendum(int id, AddendumForm form, [FromServices] AddAddendum add, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowFormAsync(id, form, ct);
        var result = await add.RunAsync(id, form, User, ct);
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ShowFormAsync(id, form, ct);
        }

        TempData["Flash"] = "Your correction was added to the report.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ShowFormAsync(int id, AddendumForm? form, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        if (!page.Actions.CanAddAddendum)
            return RedirectToAction(nameof(Details), new { id });
        ModelState.Remove(nameof(AddendumForm.Version));
        return View("Addendum", new AddendumPage(page, (form ?? new AddendumForm()) with { Version = page.Incident.Version }));
    }
}

public sealed record AddendumPage(IncidentPage Page, AddendumForm Form);
