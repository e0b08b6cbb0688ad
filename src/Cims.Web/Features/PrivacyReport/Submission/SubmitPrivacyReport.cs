using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.PrivacyReport.Submission;

/// <summary>
/// Declares and submits a draft in one save (one transaction): its report number, the due time (the end of
/// the business day after the day of disclosure, in Melbourne, skipping weekends and Victorian public
/// holidays) and a "privacy.submitted" audit entry. When another request submitted or changed the draft
/// first, the version no longer matches, nothing is written and the answer is <see cref="PrivacyErrors.Stale"/>.
/// </summary>
public sealed class SubmitPrivacyReport(CimsDbContext db, AuditLog audit, DisclosureClock disclosure, TimeProvider clock)
{
    public async Task<Result> RunAsync(Report report, CancellationToken ct)
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

/// <summary>The read-only summary of a report (names and option labels in place of ids and codes).</summary>
public sealed class PrivacySummaries(CimsDbContext db)
{
    public async Task<IReadOnlyList<SummaryStage>> ForAsync(Report report, CancellationToken ct) =>
        PrivacySummary.Of(report, await PrivacyNames.LoadAsync(db, report, ct));
}
