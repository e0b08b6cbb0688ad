using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// One run of the delivery: the outbox rows that are due, oldest first, each claimed by a lease (<see cref="WebhookClaims"/>)
/// so that two nodes never send the same row at once, sent (<see cref="WebhookSender"/>), and its tries recorded
/// (<see cref="WebhookResults"/>). A webhook that fails in a run is not tried again in that run. Stopped mid-send (the
/// node shutting down), the row's lease is released, so another node sends it at its next run (at least once).
/// </summary>
public sealed class DeliverWebhooks(CimsDbContext db, WebhookClaims claims, WebhookSender sender, WebhookSecrets secrets, WebhookResults results, TimeProvider time, ILogger<DeliverWebhooks> logger)
{
    public const int BatchSize = 50;

    /// <summary>How many rows this run delivered (acknowledged).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var due = await claims.DueAsync(BatchSize, ct);
        var failing = new HashSet<int>();
        var delivered = 0;
        foreach (var (id, subscriptionId) in due)
        {
            if (failing.Contains(subscriptionId) || await claims.ClaimAsync(id, ct) is not { } token)
                continue;
            if (await SendOrReleaseAsync(id, token, ct))
                delivered++;
            else
                failing.Add(subscriptionId);
        }

        return delivered;
    }

    /// <summary>Sends; when the node stops mid-send, gives the row back at once rather than leave it leased for minutes.</summary>
    private async Task<bool> SendOrReleaseAsync(long id, Guid token, CancellationToken ct)
    {
        try
        {
            return await SendAsync(id, token, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await claims.ReleaseAsync(id, token);
            throw;
        }
    }

    private async Task<bool> SendAsync(long id, Guid token, CancellationToken ct)
    {
        var row = await db.WebhookMessages.AsNoTracking().Where(m => m.Id == id)
            .Join(db.WebhookSubscriptions, m => m.SubscriptionId, s => s.Id, (m, s) => new { Message = m, Subscription = s })
            .SingleAsync(ct);
        var now = time.GetUtcNow();
        var signing = new List<string> { secrets.Reveal(row.Subscription.ProtectedSecret) };
        if (row.Subscription.PreviousSecretAt(now) is { } previous)
            signing.Add(secrets.Reveal(previous));
        var request = new WebhookRequest(row.Subscription.Url, row.Message.EventId, row.Message.Type, row.Message.Body, signing);
        var tries = await sender.SendAsync(request, ct);
        var acknowledged = tries.Count > 0 && tries[^1].Acknowledged;
        if (!acknowledged)
            logger.LogInformation("Webhook {WebhookId} did not acknowledge event {EventId} ({Type}): {Outcome}", row.Subscription.Id, row.Message.EventId, row.Message.Type, WebhookResults.Describe(tries));
        await results.RecordAsync(row.Message, row.Subscription.Id, token, tries, ct);
        return acknowledged;
    }
}
