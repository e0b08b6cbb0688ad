using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Privacy.Pdf;
using Cims.Web.Features.Privacy.Submission;
using Microsoft.AspNetCore.Mvc;
using Report = Cims.Domain.Privacy.PrivacyReport;

// In the wizard's namespace so the wizard's shared views (Expired, _StageHeader) are found; this folder's views are named by path.
namespace Cims.Web.Features.Privacy;

public sealed record SubmittedPage(string ReportNumber, bool Closed, DateTimeOffset ReceiptUntil);

/// <summary>
/// The declaration page (open once every stage is complete), Submit, the "Incident submitted successfully"
/// page, the PDF receipt and Exit. A submitted report is seen only by the browser whose cookie holds its token.
/// </summary>
[Route("PrivacyReport")]
public sealed class PrivacySubmissionController(PrivacyDrafts drafts, PrivacyReceipts receipts) : PrivacyControllerBase(drafts)
{
    private const string Views = "~/Features/Privacy/Submission/";

    [HttpGet("Declaration")]
    public async Task<IActionResult> Declaration([FromServices] PrivacySummaries summaries, CancellationToken ct) =>
        await ReceiptAsync(ct) is not null ? Redirect(PrivacyStages.Submitted)
            : await WithDraftAsync(PrivacyStage.Containment, r => ShowAsync(r, new PrivacyDeclarationForm { Version = r.Version }, summaries, ct), ct);

    [HttpPost("Declaration")]
    public async Task<IActionResult> Declaration(
        PrivacyDeclarationForm form, [FromServices] SubmitPrivacyReport submit, [FromServices] PrivacySummaries summaries, CancellationToken ct) =>
        await ReceiptAsync(ct) is { } done ? Receipt(done)
            : await AfterRaceAsync(await WithDraftAsync(PrivacyStage.Containment, r => SubmitAsync(r, form, submit, summaries, ct), ct), ct);

    [HttpGet("Submitted")]
    public async Task<IActionResult> Submitted(CancellationToken ct) =>
        await ReceiptAsync(ct) is { } r
            ? View(Views + "Submitted.cshtml", new SubmittedPage(r.ReportNumber!, r.Status == PrivacyReportStatus.Closed, r.SubmittedAt!.Value + Report.ReceiptLifetime))
            : Redirect(PrivacyStages.Root);

    [HttpGet("Submitted/Pdf")]
    public async Task<IActionResult> Pdf([FromServices] DownloadPrivacyPdf download, CancellationToken ct) =>
        await ReceiptAsync(ct) is { } r && await download.RunAsync(r, "the reporting officer", ct) is { } file
            ? File(file.Content, "application/pdf", file.FileName) : NotFound();

    /// <summary>Exit: forgets the submitted report in this browser and returns to the landing page.</summary>
    [HttpPost("Submitted/Exit")]
    public IActionResult Exit()
    {
        PrivacyDraftCookie.Clear(HttpContext);
        return Redirect(PrivacyStages.Root);
    }

    /// <summary>
    /// No draft behind the cookie may mean the other post of a double click submitted it just now: that browser
    /// gets the same receipt rather than the landing page.
    /// </summary>
    private async Task<IActionResult> AfterRaceAsync(IActionResult result, CancellationToken ct)
    {
        if (result is not RedirectResult { Url: PrivacyStages.Root } || await ReceiptAsync(ct) is not { } done)
            return result;
        TempData.Remove("Flash");
        return Receipt(done);
    }

    private Task<Report?> ReceiptAsync(CancellationToken ct) => receipts.FindAsync(PrivacyDraftCookie.Read(Request), ct);

    private RedirectResult Receipt(Report report)
    {
        PrivacyDraftCookie.Write(HttpContext, report);
        return Redirect(PrivacyStages.Submitted);
    }

    private async Task<IActionResult> SubmitAsync(
        Report report, PrivacyDeclarationForm form, SubmitPrivacyReport submit, PrivacySummaries summaries, CancellationToken ct) =>
        await submit.RunAsync(report, form.Version, ModelState.IsValid, PrivacyDraftCookie.Read(Request), ct) switch
        {
            SubmissionOutcome.Submitted done => Receipt(done.Report),
            SubmissionOutcome.NotReady next => Redirect(PrivacyStages.Of(next.Next).Url),
            SubmissionOutcome.Refused refused => await ShowAsync(refused.Report, WithVersion(form, refused.Version), summaries, ct, refused.Error),
            _ => Redirect(PrivacyStages.Root),
        };

    /// <summary>The form to show again, posting <paramref name="version"/> next (the current one after a stale save).</summary>
    private PrivacyDeclarationForm WithVersion(PrivacyDeclarationForm form, Guid version)
    {
        if (version == form.Version)
            return form;
        ModelState.Remove(nameof(form.Version));
        return form with { Version = version };
    }

    private async Task<IActionResult> ShowAsync(
        Report report, PrivacyDeclarationForm form, PrivacySummaries summaries, CancellationToken ct, Domain.Common.Error? error = null)
    {
        if (!report.IsReadyToDeclare)
            return Redirect(PrivacyStages.Of(report.NextStage).Url);
        if (error is not null)
            ModelState.AddError(error);
        return View(Views + "Declaration.cshtml", new DeclarationPage(form, await summaries.ForAsync(report, ct), report.ExpiresAt));
    }
}
