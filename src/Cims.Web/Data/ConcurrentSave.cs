using Cims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data;

/// <summary>
/// The one way to save what several people may edit at once: every concurrency token is checked in the save, and
/// losing the race (someone saved first) becomes the caller's "stale" error instead of an exception.
/// </summary>
public static class ConcurrentSave
{
    /// <summary>
    /// Saves the tracked changes. When someone else saved first, forgets every tracked change (nothing half-written
    /// stays to be saved by a later call) and returns <paramref name="stale"/>.
    /// </summary>
    public static async Task<Result> SaveOrStaleAsync(this CimsDbContext db, Error stale, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return stale;
        }
    }
}
