using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy;

/// <summary>What the reporter's cookie leads to: nothing, an expired draft, or their draft.</summary>
public sealed record DraftLookup(Report? Report, bool Expired)
{
    public static readonly DraftLookup None = new(null, false);
}

/// <summary>
/// The public drafts, found only by their token (from the reporter's cookie): created on Proceed, saved per
/// stage with an audit entry, deleted on Cancel. Nothing is kept in memory between requests.
/// </summary>
public sealed class PrivacyDrafts(CimsDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string EntityType = "PrivacyReport";

    public async Task<Report> CreateAsync(CancellationToken ct)
    {
        var report = Report.Start(clock.GetUtcNow());
        db.PrivacyReports.Add(report);
        await db.SaveChangesAsync(ct);
        audit.Record("privacy.draft_started", EntityType, Id(report));
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<DraftLookup> FindAsync(string? token, CancellationToken ct)
    {
        if (!Report.IsWellFormedToken(token))
            return DraftLookup.None;
        // Filter on the token alone: queries are split, and the persons' query repeats this filter, so a status
        // changed in between (a Submit that won a double click) must not leave the persons out.
        var report = await db.PrivacyReports.SingleOrDefaultAsync(r => r.Token == token, ct);
        if (report is null || report.Status != PrivacyReportStatus.Draft)
            return DraftLookup.None;
        return report.IsExpired(clock.GetUtcNow()) ? new DraftLookup(null, true) : new DraftLookup(report, false);
    }

    /// <summary>Saves a stage with a "privacy.draft_saved" entry; stale when another window saved first.</summary>
    public async Task<Result> SaveAsync(Report report, string stage, CancellationToken ct)
    {
        audit.Record("privacy.draft_saved", EntityType, Id(report), stage);
        return await db.SaveOrStaleAsync(PrivacyErrors.Stale, ct);
    }

    /// <summary>Deletes the draft behind the token, if any (Cancel → Yes, or an expired draft).</summary>
    public async Task DeleteAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
            return;
        var report = await db.PrivacyReports.SingleOrDefaultAsync(r => r.Token == token && r.Status == PrivacyReportStatus.Draft, ct);
        if (report is null)
            return;
        db.PrivacyReports.Remove(report);
        audit.Record("privacy.draft_discarded", EntityType, Id(report));
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> CurrentVersionAsync(int id, CancellationToken ct) =>
        await db.PrivacyReports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleOrDefaultAsync(ct);

    public static string Id(Report report) => report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
