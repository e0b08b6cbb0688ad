using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Investigations.Work;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Outcome;

/// <summary>The manager writes the outcome's own sections and submits the outcome for approval; everyone who sees the investigation reads its outcome report.</summary>
[Route("Investigations/{id:int}")]
public sealed class OutcomeController(GetInvestigationPage pages) : WorkControllerBase(pages)
{
    [HttpGet("Outcome")]
    public Task<IActionResult> Edit(int id, CancellationToken ct) => EditAsync(id, null, null, ct);

    [HttpPost("Outcome")]
    public async Task<IActionResult> Edit(int id, OutcomeForm form, [FromServices] OutcomeSteps steps, CancellationToken ct) =>
        !ModelState.IsValid ? await EditAsync(id, form, null, ct)
        : await DoneAsync(await steps.SaveAsync(id, form, User, ct),
            form.Submits ? "The outcome was submitted for approval. The organisation's authorised delegates were told by e-mail." : "The outcome was saved.",
            form.Submits ? $"/Investigations/{id}" : $"/Investigations/{id}/Outcome", e => EditAsync(id, form, e, ct));

    [HttpGet("Report")]
    public async Task<IActionResult> Report(int id, CancellationToken ct)
    {
        if (await Pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        ViewData["Organisation"] = await Pages.OrganisationNameAsync(page.Investigation.OrganisationId, ct);
        return View("Report", page);
    }

    private Task<IActionResult> EditAsync(int id, OutcomeForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Outcome", page => (typed ?? OutcomeForm.From(page.Investigation)) with
        {
            Version = VersionAfter(error, typed?.Version, page),
            FollowUp = page.Investigation.FollowUp,
        }, error, ct);
}
