using Cims.Domain.Privacy;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>
/// The submitted report behind the reporter's cookie, while its receipt may still be shown
/// (<see cref="Report.ReceiptLifetime"/> after submission). Drafts are <see cref="PrivacyDrafts"/>' business.
/// </summary>
public sealed class PrivacyReceipts(CimsDbContext db, TimeProvider clock)
{
    public async Task<Report?> FindAsync(string? token, CancellationToken ct)
    {
        if (!Report.IsWellFormedToken(token))
            return null;
        var report = await db.PrivacyReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Token == token && r.Status != PrivacyReportStatus.Draft, ct);
        return report is not null && report.CanShowReceipt(clock.GetUtcNow()) ? report : null;
    }
}
