using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>The investigation manager writes the plan, saves it as it stands, and submits it for endorsement.</summary>
[Route("Investigations/{id:int}/Plan")]
public sealed class PlanController(GetInvestigationPage pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) => await ShowAsync(id, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, PlanForm form, [FromServices] SavePlan save, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(id, form, null, ct);
        var result = await save.RunAsync(id, form, User, ct);
        if (result.Failed)
            return result.Error.IsNotFound ? NotFound() : await ShowAsync(id, form, result.Error, ct);
        TempData["Flash"] = form.Submits
            ? "The plan was submitted for endorsement. The organisation's authorised delegates were told by e-mail."
            : "The plan was saved. Submit it for endorsement when every section is complete.";
        return Redirect(form.Submits ? $"/Investigations/{id}" : $"/Investigations/{id}/Plan");
    }

    /// <summary>The form (as typed, or as stored); an investigation whose plan the user may not change shows its page instead.</summary>
    private async Task<IActionResult> ShowAsync(int id, PlanForm? typed, Error? error, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        if (!page.Actions.CanEditPlan)
            return Redirect($"/Investigations/{id}");
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove(nameof(PlanForm.Version));
        var version = error == InvestigationErrors.Concurrency ? page.Investigation.Version : typed?.Version ?? page.Investigation.Version;
        ViewData[nameof(PlanPage)] = new PlanPage(page.Investigation, page.Incident);
        return View("Plan", (typed ?? PlanForm.From(page.Investigation)) with { Version = version });
    }
}
