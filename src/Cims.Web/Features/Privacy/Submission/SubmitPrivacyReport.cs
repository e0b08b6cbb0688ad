using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>
/// Declares and submits a draft in one save (one transaction): its report number, the due time (the end of
/// the business day after the day of disclosure, in Melbourne, skipping weekends and Victorian public
/// holidays) and a "privacy.submitted" audit entry. When another request submitted or changed the draft
/// first, the version no longer matches and nothing is written: the reporter gets the receipt when the other
/// request submitted it, else the declaration again with the stale message.
/// </summary>
public sealed class SubmitPrivacyReport(CimsDbContext db, AuditLog audit, DisclosureClock disclosure, PrivacyDrafts drafts, PrivacyReceipts receipts, TimeProvider clock)
{
    /// <param name="report">The draft behind the reporter's cookie.</param>
    /// <param name="postedVersion">The version the declaration page was rendered with.</param>
    /// <param name="formValid">Whether the posted form passed its rules (the declaration ticked).</param>
    /// <param name="token">The reporter's token, to find what another request did with the draft.</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<SubmissionOutcome> RunAsync(Report report, Guid? postedVersion, bool formValid, string? token, CancellationToken ct)
    {
        if (!report.IsReadyToDeclare)
            return new SubmissionOutcome.NotReady(report.NextStage);
        var error = report.Version != postedVersion ? PrivacyErrors.Stale : null;
        if (error is null)
        {
            if (!formValid)
                return new SubmissionOutcome.Refused(report, null, report.Version);
            error = (await SubmitAsync(report, ct)).Error;
            if (error is null)
                return new SubmissionOutcome.Submitted(report);
        }

        if (error != PrivacyErrors.Stale)
            return new SubmissionOutcome.Refused(report, error, report.Version);
        if (await receipts.FindAsync(token, ct) is { } submitted)
            return new SubmissionOutcome.Submitted(submitted);
        return (await drafts.FindAsync(token, ct)).Report is { } current
            ? new SubmissionOutcome.Refused(current, PrivacyErrors.Stale, current.Version)
            : new SubmissionOutcome.NoDraft();
    }

    /// <summary>The submission itself: stale when the draft's version changed since it was read.</summary>
    public async Task<Result> SubmitAsync(Report report, CancellationToken ct)
    {
        if (report.Dates is not { } dates)
            return PrivacyErrors.Incomplete;
        var now = clock.GetUtcNow();
        var dueAt = await disclosure.DueAsync(dates.DisclosedAt, ct);
        var result = report.Submit(PrivacyReportNumbers.Format(report.Id, now), dueAt, now);
        if (result.Failed)
            return result;
        audit.Record("privacy.submitted", PrivacyDrafts.EntityType, PrivacyDrafts.Id(report),
            $"{report.ReportNumber}: {report.Status}, due {dueAt.Display()}");
        return await db.SaveOrStaleAsync(PrivacyErrors.Stale, ct);
    }
}
