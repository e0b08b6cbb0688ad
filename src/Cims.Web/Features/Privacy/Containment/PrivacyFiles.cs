using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>A file as listed on the Containment stage (never its bytes).</summary>
public sealed record PrivacyFileRow(int Id, string FileName, string ContentType, long SizeBytes);

/// <summary>
/// The files of a draft ("Upload a file"): at most <see cref="PrivacyReportFile.MaxPerReport"/>, each at most
/// 10 MB, of a type its first bytes show is allowed, each stored once. Each upload or removal is saved at once
/// with its audit entry ("privacy.file_added" / "privacy.file_removed"), whatever else the stage holds.
/// </summary>
public sealed class PrivacyFiles(CimsDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string AddedAction = "privacy.file_added";
    public const string RemovedAction = "privacy.file_removed";

    public async Task<IReadOnlyList<PrivacyFileRow>> ListAsync(int reportId, CancellationToken ct) =>
        await db.PrivacyReportFiles.AsNoTracking().Where(f => f.PrivacyReportId == reportId).OrderBy(f => f.Id)
            .Select(f => new PrivacyFileRow(f.Id, f.FileName, f.ContentType, f.SizeBytes)).ToListAsync(ct);

    /// <summary>Stores <paramref name="file"/> with the draft; the stored (safe) name, or why it was refused.</summary>
    public async Task<Result<string>> AddAsync(Report report, IFormFile file, CancellationToken ct)
    {
        if (report.Status != PrivacyReportStatus.Draft)
            return PrivacyErrors.NotADraft;
        if (file.Length == 0)
            return PrivacyFileErrors.Empty;
        if (file.Length > PrivacyFileErrors.MaxFileBytes)
            return PrivacyFileErrors.TooLarge;
        var data = await ReadAsync(file, ct);
        if (await AlreadyStoredAsync(report.Id, data, ct) is { } existing)
            return Result<string>.Ok(existing);
        if (await db.PrivacyReportFiles.CountAsync(f => f.PrivacyReportId == report.Id, ct) >= PrivacyReportFile.MaxPerReport)
            return PrivacyFileErrors.TooMany;
        var name = SafeFileName.From(file.FileName, PrivacyReportFile.FileNameMaxLength);
        if (ContentSniffer.Detect(data, name) is not { } type)
            return PrivacyFileErrors.NotAllowed;
        var stored = PrivacyReportFile.Create(report.Id, SafeFileName.From(ContentSniffer.WithExtension(name, type), PrivacyReportFile.FileNameMaxLength), type, data, clock.GetUtcNow());
        db.PrivacyReportFiles.Add(stored);
        audit.Record(AddedAction, PrivacyDrafts.EntityType, PrivacyDrafts.Id(report), Describe(stored));
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(stored.FileName);
    }

    /// <summary>Removes one of the draft's files; the removed file's name, or "no longer on this report".</summary>
    public async Task<Result<string>> RemoveAsync(Report report, int fileId, CancellationToken ct)
    {
        if (report.Status != PrivacyReportStatus.Draft)
            return PrivacyErrors.NotADraft;
        var file = await db.PrivacyReportFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.PrivacyReportId == report.Id, ct);
        if (file is null)
            return PrivacyFileErrors.NotFound;
        db.PrivacyReportFiles.Remove(file);
        audit.Record(RemovedAction, PrivacyDrafts.EntityType, PrivacyDrafts.Id(report), Describe(file));
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(file.FileName);
    }

    /// <summary>
    /// The name of a file with the same bytes already on the report: a refreshed page re-posting an upload (or the
    /// same file chosen twice) stores it once.
    /// </summary>
    private Task<string?> AlreadyStoredAsync(int reportId, byte[] data, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data));
        return db.PrivacyReportFiles.Where(f => f.PrivacyReportId == reportId && f.Sha256 == sha).Select(f => (string?)f.FileName).FirstOrDefaultAsync(ct);
    }

    public static string Describe(PrivacyReportFile f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.FileName} ({f.SizeBytes} bytes, {f.ContentType}), SHA-256 {f.Sha256}");

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
