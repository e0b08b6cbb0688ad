using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// Which outbox rows are due, and claiming one: a single conditional update sets a new claim token and a lease only
/// where the row is still pending and no lease holds. On PostgreSQL and SQL Server the update re-reads the row under its
/// lock and SQLite writes one at a time, so of two nodes at most one changes the row; the other sees 0 rows and moves on.
/// A node that stops mid-send releases its lease (<see cref="ReleaseAsync"/>); one that dies leaves a lease that runs out.
/// Either way the row is sent again (at least once).
/// </summary>
public sealed class WebhookClaims(CimsDbContext db, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookClaims> logger)
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Long enough for a call's three tries with their timeouts and waits.</summary>
    public TimeSpan Lease => options.Value.Timeout * 3 + TimeSpan.FromSeconds(40);

    public async Task<IReadOnlyList<(long Id, int SubscriptionId)>> DueAsync(int take, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.WebhookMessages.AsNoTracking()
            .Where(m => m.State == WebhookMessageState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .Where(m => db.WebhookSubscriptions.Any(s => s.Id == m.SubscriptionId && !s.Paused))
            .OrderBy(m => m.Id).Take(take).Select(m => new { m.Id, m.SubscriptionId }).ToListAsync(ct);
        return due.Select(d => (d.Id, d.SubscriptionId)).ToList();
    }

    /// <summary>The claim token when this node now holds the row, else null.</summary>
    public async Task<Guid?> ClaimAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        var until = now + Lease;
        var claimed = await db.WebhookMessages
            .Where(m => m.Id == id && m.State == WebhookMessageState.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.LeaseUntil, until), ct);
        return claimed == 1 ? token : null;
    }

    /// <summary>Gives the row back if this claim still holds it (the node is stopping); a failure leaves the lease to run out.</summary>
    public async Task ReleaseAsync(long id, Guid token)
    {
        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            db.ChangeTracker.Clear();
            await db.WebhookMessages.Where(m => m.Id == id && m.ClaimToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not release the lease of webhook event row {Id}; it is sent again when the lease runs out", id);
        }
    }
}
