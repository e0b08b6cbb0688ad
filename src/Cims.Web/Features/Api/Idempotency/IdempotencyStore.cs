using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Idempotency;

/// <summary>What became of a key when a call claimed it.</summary>
public enum Claim
{
    /// <summary>The key is this call's: run it and keep its response.</summary>
    Claimed,

    /// <summary>The key was used with another request.</summary>
    OtherRequest,

    /// <summary>The first call with the key has not finished within the wait.</summary>
    StillRunning,

    /// <summary>The first call finished: give its response again.</summary>
    Finished,
}

/// <summary>
/// The keys, each read and written in its own unit of work, apart from the call's: the key is claimed (inserted) before
/// the call runs, so of two identical requests at the same instant one runs and the other waits for its response.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public async Task<(Claim Claim, IdempotencyEntry? Entry)> ClaimAsync(string clientId, string key, string hash, CancellationToken ct)
    {
        var waitUntil = time.GetUtcNow().AddSeconds(options.Value.WaitSeconds);
        while (true)
        {
            if (await TryInsertAsync(clientId, key, hash, ct) is not { } entry)
                return (Claim.Claimed, null);
            if (entry.RequestHash != hash)
                return (Claim.OtherRequest, entry);
            if (entry.StatusCode is not null)
                return (Claim.Finished, entry);
            if (entry.CreatedAt < time.GetUtcNow().AddSeconds(-options.Value.AbandonedSeconds) && await TakeOverAsync(entry, ct))
                return (Claim.Claimed, null);
            if (time.GetUtcNow() >= waitUntil)
                return (Claim.StillRunning, entry);
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, ct);
        }
    }

    public Task CompleteAsync(string clientId, string key, StoredResponse response, CancellationToken ct) =>
        CountAsync(db => db.IdempotencyEntries.Where(e => e.ClientId == clientId && e.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StatusCode, response.Status).SetProperty(e => e.ContentType, response.ContentType)
                .SetProperty(e => e.Location, response.Location).SetProperty(e => e.ETag, response.ETag).SetProperty(e => e.Body, response.Body), ct));

    /// <summary>The call failed without an answer to keep (a server error): the key is free for a retry.</summary>
    public Task ReleaseAsync(string clientId, string key) =>
        CountAsync(db => db.IdempotencyEntries.Where(e => e.ClientId == clientId && e.Key == key && e.StatusCode == null).ExecuteDeleteAsync(CancellationToken.None));

    /// <summary>Forgets the keys older than <see cref="IdempotencyOptions.KeepHours"/>.</summary>
    public Task<int> PruneAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow().AddHours(-options.Value.KeepHours);
        return CountAsync(db => db.IdempotencyEntries.Where(e => e.CreatedAt < before).ExecuteDeleteAsync(ct));
    }

    /// <summary>Inserts the key as this call's (null), or gives the entry of the call that holds it.</summary>
    private async Task<IdempotencyEntry?> TryInsertAsync(string clientId, string key, string hash, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        db.IdempotencyEntries.Add(new IdempotencyEntry { ClientId = clientId, Key = key, RequestHash = hash, CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another call holds the key (a unique key violation); anything else is a real failure.
            if (await FindAsync(clientId, key, ct) is { } holder)
                return holder;
            throw;
        }
    }

    private async Task<IdempotencyEntry?> FindAsync(string clientId, string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CimsDbContext>().IdempotencyEntries.AsNoTracking()
            .SingleOrDefaultAsync(e => e.ClientId == clientId && e.Key == key, ct);
    }

    /// <summary>Takes an abandoned key over, unless another retry took it first (its start time is no longer the one read).</summary>
    private async Task<bool> TakeOverAsync(IdempotencyEntry entry, CancellationToken ct) =>
        await CountAsync(db => db.IdempotencyEntries
            .Where(e => e.ClientId == entry.ClientId && e.Key == entry.Key && e.StatusCode == null && e.CreatedAt == entry.CreatedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, time.GetUtcNow()), ct)) == 1;

    /// <summary>Runs one bulk statement in its own unit of work and gives the rows it touched.</summary>
    private async Task<int> CountAsync(Func<CimsDbContext, Task<int>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CimsDbContext>());
    }
}
