using Cims.Domain.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Privacy;

public sealed record LandingPage(string PrivacyPolicyUrl, DateTimeOffset? DraftExpiresAt);

public sealed record CancelPage(PrivacyStageInfo Stage);

/// <summary>The public privacy incident report: landing page, Proceed (starts or continues the draft) and Cancel.</summary>
public sealed class PrivacyReportController(PrivacyDrafts drafts) : PrivacyControllerBase(drafts)
{
    [HttpGet("PrivacyReport")]
    public async Task<IActionResult> Index([FromServices] IOptions<PrivacyReportOptions> options, CancellationToken ct)
    {
        var draft = await Drafts.FindAsync(PrivacyDraftCookie.Read(Request), ct);
        return View(new LandingPage(options.Value.PrivacyPolicyUrl, draft.Report?.ExpiresAt));
    }

    [HttpPost("PrivacyReport/Proceed")]
    public async Task<IActionResult> Proceed(CancellationToken ct)
    {
        var report = (await Drafts.FindAsync(PrivacyDraftCookie.Read(Request), ct)).Report ?? await Drafts.CreateAsync(ct);
        PrivacyDraftCookie.Write(HttpContext, report);
        return Redirect(PrivacyStages.Of(report.NextStage).Url);
    }

    [HttpGet("PrivacyReport/Cancel")]
    public Task<IActionResult> Cancel(string? stage, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Service, r =>
        {
            var from = PrivacyStages.Find(stage) is { } s && r.CanOpen(s.Stage) ? s : PrivacyStages.Of(r.NextStage);
            return Task.FromResult<IActionResult>(View(new CancelPage(from)));
        }, ct);

    /// <summary>"Yes": deletes the draft and its cookie and starts over at the landing page.</summary>
    [HttpPost("PrivacyReport/Cancel")]
    public async Task<IActionResult> CancelConfirmed(CancellationToken ct)
    {
        await Drafts.DeleteAsync(PrivacyDraftCookie.Read(Request), ct);
        PrivacyDraftCookie.Clear(HttpContext);
        TempData["Flash"] = "Your privacy incident report was cancelled and what you entered was deleted.";
        return Redirect(PrivacyStages.Root);
    }
}
