using Cims.Domain.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy;

/// <summary>Stages 3 and 4 of the "Report and Contain" tab (Dates, Description): each a GET/POST pair at /PrivacyReport/{Stage}.</summary>
[Route("PrivacyReport")]
public sealed class PrivacyDatesController(PrivacyDrafts drafts) : PrivacyControllerBase(drafts)
{
    [HttpGet("Dates")]
    public Task<IActionResult> Dates([FromServices] DatesStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Dates, async r => Stage(r, PrivacyStage.Dates, await page.FormAsync(r, ct) with { Version = r.Version }), ct);

    [HttpPost("Dates")]
    public Task<IActionResult> Dates(PrivacyDatesForm form, [FromServices] DatesStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Dates, r => SaveStageAsync(
            r, PrivacyStage.Dates, form, () => Task.FromResult(page.Apply(r, form)), f => page.WithChoicesAsync(f, ct), ct), ct);

    [HttpGet("Description")]
    public Task<IActionResult> Description([FromServices] DescriptionStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Description, async r => Stage(r, PrivacyStage.Description, await page.FormAsync(r, ct) with { Version = r.Version }), ct);

    [HttpPost("Description")]
    public Task<IActionResult> Description(PrivacyDescriptionForm form, [FromServices] DescriptionStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Description, r => SaveStageAsync(
            r, PrivacyStage.Description, form, () => Task.FromResult(page.Apply(r, form)), f => page.WithWarningAsync(r, f, ct), ct), ct);
}
