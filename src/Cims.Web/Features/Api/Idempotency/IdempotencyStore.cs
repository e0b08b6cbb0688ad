using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Idempotency;

/// <summary>
/// The keys, written in the call's own transaction (<see cref="IdempotencyFilter"/>): the key is inserted first, the
/// call's change follows, the response is kept last, and all three commit together or not at all. A second call with the
/// same key waits on the first one's insert (the primary key) until that transaction ends, then finds its response.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    /// <summary>Inserts the key as this call's; false when another call holds it (the transaction must then be rolled back).</summary>
    public async Task<bool> TryClaimAsync(CimsDbContext db, string clientId, string key, string hash, CancellationToken ct)
    {
        db.IdempotencyEntries.Add(new IdempotencyEntry { ClientId = clientId, Key = key, RequestHash = hash, CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ConcurrentSave.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The entry of the call that holds the key, as committed.</summary>
    public Task<IdempotencyEntry?> FindAsync(CimsDbContext db, string clientId, string key, CancellationToken ct) =>
        db.IdempotencyEntries.AsNoTracking().SingleOrDefaultAsync(e => e.ClientId == clientId && e.Key == key, ct);

    /// <summary>Keeps the call's response with its key, in the call's transaction.</summary>
    public Task CompleteAsync(CimsDbContext db, string clientId, string key, StoredResponse response, CancellationToken ct) =>
        db.IdempotencyEntries.Where(e => e.ClientId == clientId && e.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StatusCode, response.Status).SetProperty(e => e.ContentType, response.ContentType)
                .SetProperty(e => e.Location, response.Location).SetProperty(e => e.ETag, response.ETag).SetProperty(e => e.Body, response.Body), ct);

    /// <summary>Forgets the keys older than <see cref="IdempotencyOptions.KeepHours"/>.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow().AddHours(-options.Value.KeepHours);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CimsDbContext>().IdempotencyEntries.Where(e => e.CreatedAt < before).ExecuteDeleteAsync(ct);
    }
}
