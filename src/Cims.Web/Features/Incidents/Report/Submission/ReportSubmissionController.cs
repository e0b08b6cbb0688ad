using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>The last step of the report: the declaration, submission for endorsement, and the confirmation.</summary>
public sealed class ReportSubmissionController(DraftStore drafts) : ReportControllerBase(drafts)
{
    [HttpGet("Incidents/Report/{id:int}/Declaration")]
    public async Task<IActionResult> Declaration(int id, [FromServices] BuildReview review, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var form = new DeclarationForm { Version = incident.Version, Review = await review.RunAsync(incident, ct) };
        return Page(incident, ReportSteps.Declaration, "Declaration", form);
    }

    [HttpPost("Incidents/Report/{id:int}/Declaration")]
    public async Task<IActionResult> Declaration(int id, DeclarationForm form, [FromServices] SubmitReport submit, [FromServices] BuildReview review, CancellationToken ct)
    {
        var result = await submit.RunAsync(User, id, form, ct);
        if (!result.Failed)
            return RedirectToAction(nameof(Submitted), new { id });
        if (result.Error is { IsNotFound: true } || await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var page = form with { Review = await review.RunAsync(incident, ct) };
        return await RedisplayAsync(incident, ReportSteps.Declaration, "Declaration", page, result.Error, ct);
    }

    [HttpGet("Incidents/Report/{id:int}/Submitted")]
    public async Task<IActionResult> Submitted(int id, [FromServices] GetSubmitted get, CancellationToken ct) =>
        await get.RunAsync(User, id, ct) is { } view ? View(view) : NotFound();
}
