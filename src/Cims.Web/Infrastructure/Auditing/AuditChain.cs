using Cims.Domain.Auditing;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// Keeps the audit log a hash chain (ADR 0009, ADR 0034). An entry is written with its change, in the change's own
/// transaction, and sealed moments later by <see cref="SealPendingAsync"/>: entries found committed and not yet sealed
/// are linked in id order after the last sealed one, each given the next <see cref="AuditEntry.Sequence"/>, while a
/// lock lets one sealer at a time extend the chain (a PostgreSQL advisory lock, a SQL Server application lock; SQLite
/// write transactions are already serial). No request waits for another's seal, and two web nodes cannot fork it.
/// </summary>
public static class AuditChain
{
    private const long LockKey = 0x43494D53_41554454; // "CIMSAUDT"

    /// <summary>How many entries one sealing transaction links at most.</summary>
    public const int BatchSize = 2000;

    /// <summary>Seals every entry committed and not yet sealed (after any other sealer's turn); returns how many.</summary>
    public static async Task<int> SealPendingAsync(CimsDbContext db, CancellationToken ct)
    {
        var sealedCount = 0;
        while (true)
        {
            var batch = await SealBatchAsync(db, ct);
            sealedCount += batch;
            if (batch < BatchSize)
                return sealedCount;
        }
    }

    private static async Task<int> SealBatchAsync(CimsDbContext db, CancellationToken ct)
    {
        if (!await db.AuditEntries.AnyAsync(a => a.Sequence == null, ct))
            return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var head = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var pending = await db.AuditEntries.Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
        var (sequence, previous) = (head?.Sequence ?? 0, head?.Hash ?? "");
        foreach (var entry in pending)
        {
            entry.Seal(++sequence, previous);
            previous = entry.Hash;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count;
    }

    private static async Task LockAsync(CimsDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = N'CIMSAUDT', @LockMode = N'Exclusive', @LockOwner = N'Transaction'", ct);
    }

    /// <summary>
    /// Walks the sealed chain in sequence order; returns the first entry whose content or link is broken, if any, and
    /// how many entries are written but not yet sealed.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(CimsDbContext db, CancellationToken ct)
    {
        var previous = "";
        long lastSequence = 0, count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > lastSequence).OrderBy(a => a.Sequence).Take(1000).ToListAsync(ct);
            if (batch.Count == 0)
                return new AuditVerification(count, null, await db.AuditEntries.CountAsync(a => a.Sequence == null, ct));
            foreach (var entry in batch)
            {
                if (!entry.IsIntactAfter(previous))
                    return new AuditVerification(count, entry, 0);
                previous = entry.Hash;
                lastSequence = entry.Sequence!.Value;
                count++;
            }
        }
    }
}

/// <summary>How many entries were checked, the first broken one (null when the chain is intact), and how many wait to be sealed.</summary>
public sealed record AuditVerification(long Checked, AuditEntry? FirstBroken, int Unsealed);
