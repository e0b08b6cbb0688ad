using Cims.Domain.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cims.Web.Data;

/// <summary>
/// The one way to save what several people may edit at once: every concurrency token is checked in the save, and
/// losing the race (someone saved first) becomes the caller's "stale" error instead of an exception.
/// </summary>
public static class ConcurrentSave
{
    /// <summary>
    /// Saves the tracked changes. When someone else saved first, forgets every tracked change (nothing half-written
    /// stays to be saved by a later call) and returns <paramref name="stale"/>. Two people adding a numbered entry (an
    /// allegation, an action) to the same record at once collide on its number before its token is checked: that is
    /// the same lost race. So is a deadlock: two saves of the same record can each hold a lock the other needs (a
    /// child row's insert shares the parent's key while the parent's update of a unique column, its number, waits for
    /// it), and the database aborts one of them so that the other can go on. PostgreSQL's reports come wrapped as a
    /// "transient failure" by Npgsql's execution strategy.
    /// </summary>
    public static async Task<Result> SaveOrStaleAsync(this CimsDbContext db, Error stale, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex) || IsDeadlock(ex))
        {
            db.ChangeTracker.Clear();
            return stale;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DbUpdateException inner && IsDeadlock(inner))
        {
            db.ChangeTracker.Clear();
            return stale;
        }
    }

    private const int SqlServerDeadlockVictim = 1205;

    /// <summary>The database chose this save as a deadlock's victim, so that another save of the same rows went on.</summary>
    public static bool IsDeadlock(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DeadlockDetected,
        SqlException sqlServer => sqlServer.Number == SqlServerDeadlockVictim,
        _ => false,
    };

    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>The save broke a unique index (someone inserted the same key first), on any of the three providers.</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
