using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Features.Privacy.Submission;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Pdf;

public sealed record PrivacyPdfFile(byte[] Content, string FileName);

/// <summary>The PDF receipt of a submitted report, for the submitting browser or department staff; each download is audited.</summary>
public sealed class DownloadPrivacyPdf(CimsDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>A submitted report by id (department staff); null for a draft or an unknown id.</summary>
    public async Task<PrivacyPdfFile?> ByIdAsync(int id, string printedBy, CancellationToken ct)
    {
        var report = await db.PrivacyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.Status != PrivacyReportStatus.Draft, ct);
        return report is null ? null : await RunAsync(report, printedBy, ct);
    }

    public async Task<PrivacyPdfFile> RunAsync(Report report, string printedBy, CancellationToken ct)
    {
        var bytes = PrivacyReportPdf.Render(report, await PrivacyNames.LoadAsync(db, report, ct), printedBy, clock.GetUtcNow());
        var fileName = PrivacyReportPdf.FileName(report);
        audit.Record("privacy.pdf_downloaded", PrivacyDrafts.EntityType, PrivacyDrafts.Id(report), $"File: {fileName}");
        await db.SaveChangesAsync(ct);
        return new PrivacyPdfFile(bytes, fileName);
    }
}
