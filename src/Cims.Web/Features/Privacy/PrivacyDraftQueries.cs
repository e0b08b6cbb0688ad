using Cims.Domain.Privacy;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy;

/// <summary>Queries over privacy report drafts.</summary>

public static class PrivacyDraftQueries
{
    /// <summary>Drafts nobody saved within their lifetime: deleted by Cleanup.ExpiredDraftCleanup.</summary>
    public static IQueryable<Report> ExpiredDrafts(this IQueryable<Report> reports, DateTimeOffset now) =>
        reports.Where(r => r.Status == PrivacyReportStatus.Draft && r.ExpiresAt <= now);
}
