using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Privacy.Cleanup;

/// <summary>
/// Deletes the public drafts nobody saved within their lifetime (their persons impacted and files go
/// with them), one by one, each with its audit entry in the same transaction. Safe on several nodes at
/// once and against a reporter saving at the last moment: the draft's Version makes a stale delete fail.
/// </summary>
public sealed class ExpiredDraftCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<ExpiredDraftCleanup> logger)
{
    public const string Action = "privacy.draft_expired";

    /// <summary>Returns how many drafts this run deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<int> ids;
        using (var scope = scopes.CreateScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<CimsDbContext>().PrivacyReports.AsNoTracking()
                .ExpiredDrafts(now).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        }

        var deleted = 0;
        foreach (var id in ids)
        {
            if (await DeleteAsync(id, now, ct))
                deleted++;
        }

        if (ids.Count > 0)
            logger.LogInformation("Expired privacy drafts: {Deleted} of {Found} deleted", deleted, ids.Count);
        return deleted;
    }

    private async Task<bool> DeleteAsync(int id, DateTimeOffset now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var report = await db.PrivacyReports.ExpiredDrafts(now).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
            return false;
        db.PrivacyReports.Remove(report);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record(Action, PrivacyDrafts.EntityType, PrivacyDrafts.Id(report),
            $"Draft deleted: not saved since {report.UpdatedAt.Display()}, kept until {report.ExpiresAt.Display()} (Melbourne time).");
        if ((await db.SaveOrStaleAsync(PrivacyErrors.Stale, ct)).Failed)
        {
            logger.LogInformation("Expired privacy drafts: draft {ReportId} was saved or deleted meanwhile; skipped", id);
            return false;
        }

        return true;
    }
}
