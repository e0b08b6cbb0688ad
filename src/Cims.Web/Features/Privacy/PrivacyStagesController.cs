using Cims.Domain.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy;

/// <summary>Stages 1 and 2 of the "Report and Contain" tab (Service, Reporting officer): each a GET/POST pair at /PrivacyReport/{Stage}.</summary>
[Route("PrivacyReport")]
public sealed class PrivacyStagesController(PrivacyDrafts drafts) : PrivacyControllerBase(drafts)
{
    [HttpGet("Service")]
    public Task<IActionResult> Service([FromServices] ServiceStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Service, async r => Stage(r, PrivacyStage.Service, await page.FormAsync(r, ct) with { Version = r.Version }), ct);

    [HttpPost("Service")]
    public Task<IActionResult> Service(PrivacyServiceForm form, [FromServices] ServiceStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Service, async r =>
        {
            if (form.Nav != ServiceNav.Choose)
                return await SaveStageAsync(r, PrivacyStage.Service, form, () => page.ApplyAsync(r, form, ct), f => page.WithChoicesAsync(f, ct), ct);
            ModelState.Clear();
            return Stage(r, PrivacyStage.Service, await page.WithChoicesAsync(form, ct));
        }, ct);

    [HttpGet("Officer")]
    public Task<IActionResult> Officer(CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Officer, r => Task.FromResult<IActionResult>(Stage(r, PrivacyStage.Officer, OfficerStage.Form(r) with { Version = r.Version })), ct);

    [HttpPost("Officer")]
    public Task<IActionResult> Officer(PrivacyOfficerForm form, [FromServices] OfficerStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Officer, r => SaveStageAsync(r, PrivacyStage.Officer, form, () => Task.FromResult(page.Apply(r, form)), Task.FromResult, ct), ct);
}
