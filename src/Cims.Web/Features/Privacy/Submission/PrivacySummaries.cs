using Cims.Web.Data;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>The read-only summary of a report (names and option labels in place of ids and codes).</summary>
public sealed class PrivacySummaries(CimsDbContext db)
{
    public async Task<IReadOnlyList<SummaryStage>> ForAsync(Report report, CancellationToken ct) =>
        PrivacySummary.Of(report, await PrivacyNames.LoadAsync(db, report, ct));
}
