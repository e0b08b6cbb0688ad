using System.Globalization;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>A privacy report file's bytes as stored, with its safe name and the type CIMS detected.</summary>
public sealed record PrivacyFileDownload(string FileName, string ContentType, byte[] Data);

/// <summary>
/// Serves a privacy report's file to the browser holding the report's token (while a draft, or for a day
/// after submission, like the receipt) or to department staff once submitted ("privacy.file_downloaded").
/// Anything else is null: a 404, so a file's existence is never confirmed to a stranger.
/// </summary>
public sealed class DownloadPrivacyFile(CimsDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string DownloadedAction = "privacy.file_downloaded";

    public async Task<PrivacyFileDownload?> ForBrowserAsync(string? token, int fileId, CancellationToken ct)
    {
        if (!Report.IsWellFormedToken(token))
            return null;
        var report = await db.PrivacyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Token == token, ct);
        if (report is null || !report.IsOpenToTokenHolder(clock.GetUtcNow()))
            return null;
        return await FileAsync(report.Id, fileId, ct);
    }

    public async Task<PrivacyFileDownload?> ForDepartmentAsync(int reportId, int fileId, CancellationToken ct)
    {
        var submitted = await db.PrivacyReports.AnyAsync(r => r.Id == reportId && r.Status != PrivacyReportStatus.Draft, ct);
        if (!submitted || await FileAsync(reportId, fileId, ct) is not { } file)
            return null;
        audit.Record(DownloadedAction, PrivacyDrafts.EntityType, reportId.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"File {fileId}: {file.FileName}"));
        await db.SaveChangesAsync(ct);
        return file;
    }

    private Task<PrivacyFileDownload?> FileAsync(int reportId, int fileId, CancellationToken ct) =>
        db.PrivacyReportFiles.AsNoTracking().Where(f => f.Id == fileId && f.PrivacyReportId == reportId)
            .Select(f => new PrivacyFileDownload(f.FileName, f.ContentType, f.Data)).SingleOrDefaultAsync(ct);
}
