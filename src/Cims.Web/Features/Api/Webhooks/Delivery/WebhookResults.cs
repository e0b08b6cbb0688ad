using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// Records a call's tries in the delivery log and what follows, in one transaction: acknowledged (any 2xx) means
/// delivered, and the webhook is no longer failing; otherwise the row waits for its next attempt, further each time
/// (exponential with jitter, at most an hour), kept in the database so a restart loses nothing, until it is older than
/// Api:Webhooks:MaxAgeHours and is failed. A webhook failing that long is paused, saying why. Only the lease holder
/// changes the row.
/// </summary>
public sealed class WebhookResults(CimsDbContext db, TimeProvider time, IOptions<WebhookOptions> options)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    public async Task RecordAsync(WebhookMessage message, int subscriptionId, Guid token, IReadOnlyList<AttemptRecord> tries, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var attempts = message.Attempts + tries.Count;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.WebhookAttempts.AddRange(tries.Select(t => WebhookAttempt.Of(message.Id, t.At, t.StatusCode, t.Error, t.Duration)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var mine = db.WebhookMessages.Where(m => m.Id == message.Id && m.ClaimToken == token);
        if (tries.Count > 0 && tries[^1].Acknowledged)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, WebhookMessageState.Delivered).SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId && s.FailingSince != null)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.FailingSince, (DateTimeOffset?)null), ct);
        }
        else
        {
            await RecordFailureAsync(mine, message, subscriptionId, attempts, Describe(tries), now, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private async Task RecordFailureAsync(IQueryable<WebhookMessage> mine, WebhookMessage message, int subscriptionId, int attempts, string error, DateTimeOffset now, CancellationToken ct)
    {
        var maxAge = options.Value.MaxAge;
        var expired = now - message.DeliveringSince >= maxAge;
        var state = expired ? WebhookMessageState.Failed : WebhookMessageState.Pending;
        DateTimeOffset? failedAt = expired ? now : null;
        var next = expired ? message.NextAttemptAt : now + Wait(attempts);
        await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.FailedAt, failedAt).SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
            .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        var subscriptions = db.WebhookSubscriptions.Where(s => s.Id == subscriptionId);
        await subscriptions.Where(s => s.FailingSince == null).ExecuteUpdateAsync(s => s.SetProperty(w => w.FailingSince, now), ct);
        var since = now - maxAge;
        var reason = $"Every delivery failed for {options.Value.MaxAgeHours} hours, so CIMS paused this webhook. Check the address and the receiving system, then resume it; failed events can be sent again from the delivery log.";
        var version = Guid.NewGuid();
        await subscriptions.Where(s => !s.Paused && s.FailingSince <= since).ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true)
            .SetProperty(w => w.PausedReason, reason).SetProperty(w => w.UpdatedAt, now).SetProperty(w => w.Version, version), ct);
    }

    /// <summary>10 s doubled for each try so far, at most an hour, give or take a fifth.</summary>
    public static TimeSpan Wait(int attempts)
    {
        var doubled = FirstWait.TotalSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var seconds = Math.Min(doubled, LongestWait.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    /// <summary>The last try's outcome: its status code or its error (cut to fit the column).</summary>
    public static string Describe(IReadOnlyList<AttemptRecord> tries)
    {
        var text = tries.Count == 0 ? "Not sent." : tries[^1].StatusCode is { } status ? $"HTTP {status}" : tries[^1].Error ?? "Failed.";
        return text.Length > WebhookMessage.ErrorMaxLength ? text[..WebhookMessage.ErrorMaxLength] : text;
    }
}
