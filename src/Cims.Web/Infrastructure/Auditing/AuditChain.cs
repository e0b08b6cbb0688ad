using Cims.Domain.Auditing;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// Keeps the audit log a hash chain: each entry carries the hash of the one before it. New entries
/// are linked in id order while a lock serialises writers (a PostgreSQL advisory lock, a SQL Server
/// application lock; SQLite write transactions are already serial), so two web nodes cannot fork the chain.
/// </summary>
public static class AuditChain
{
    private const long LockKey = 0x43494D53_41554454; // "CIMSAUDT"

    public static async Task<int> SaveWithChainAsync(CimsDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
            return await save(ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
            else if (db.Database.IsSqlServer())
                await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = N'CIMSAUDT', @LockMode = N'Exclusive', @LockOwner = N'Transaction'", ct);
            var previous = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? "";
            var saved = await save(ct);
            foreach (var entry in pending.OrderBy(e => e.Id))
            {
                entry.Seal(previous);
                previous = entry.Hash;
            }

            await save(ct);
            if (own is not null)
                await own.CommitAsync(ct);
            return saved;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>Walks the whole log in id order; returns the first entry whose link is broken, if any.</summary>
    public static async Task<AuditVerification> VerifyAsync(CimsDbContext db, CancellationToken ct)
    {
        var previous = "";
        long lastId = 0, count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0)
                return new AuditVerification(count, null);
            foreach (var entry in batch)
            {
                if (!entry.IsIntactAfter(previous))
                    return new AuditVerification(count, entry);
                previous = entry.Hash;
                count++;
            }

            lastId = batch[^1].Id;
        }
    }
}

/// <summary>How many entries were checked, and the first broken one (null when the chain is intact).</summary>
public sealed record AuditVerification(long Checked, AuditEntry? FirstBroken);
