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
    /// the same lost race.
    /// </summary>
    public static async Task<Result> SaveOrStaleAsync(this CimsDbContext db, Error stale, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return stale;
        }
    }

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
