using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Features.Api.Webhooks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Webhooks.Pages;

/// <summary>
/// The buttons of a webhook's page: pause, resume, delete, roll the secret (the old one signs beside the new one for
/// Api:Webhooks:SecretOverlapHours), send a test event (a ping through the outbox like any event) and send a failed event
/// again (the same event id, tried for another maximum age). Each checks the webhook's version and is audited.
/// </summary>
public sealed class WebhookActions(WebhookWrites writes, WebhookSecrets secrets, TimeProvider time, IOptions<WebhookOptions> options)
{
    public Task<Result> PauseAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct) =>
        writes.ChangeAsync(user, id, version, "webhook.paused", w => Done(() => w.Pause(time.GetUtcNow())), ct);

    public Task<Result> ResumeAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct) =>
        writes.ChangeAsync(user, id, version, "webhook.resumed", w => Done(() => w.Resume(time.GetUtcNow())), ct);

    public Task<Result> DeleteAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct) =>
        writes.ChangeAsync(user, id, version, "webhook.deleted", w =>
        {
            writes.Db.WebhookSubscriptions.Remove(w);
            return w.Url;
        }, ct);

    /// <summary>The new secret, to show once.</summary>
    public async Task<Result<string>> RollSecretAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct)
    {
        var (secret, stored) = secrets.Make();
        var now = time.GetUtcNow();
        var saved = await writes.ChangeAsync(user, id, version, "webhook.secret_rolled",
            w => Done(() => w.RollSecret(stored, now + options.Value.SecretOverlap, now)), ct);
        return saved.Failed ? saved.Error : Result<string>.Ok(secret);
    }

    public Task<Result> PingAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct) =>
        writes.ChangeAsync(user, id, version, "webhook.ping", w =>
        {
            var payload = new WebhookPayload(Guid.NewGuid(), WebhookEventTypes.Ping, time.GetUtcNow(), null);
            writes.Db.WebhookMessages.Add(WebhookMessage.For(w.Id, payload.Id, payload.Type, null, payload.OccurredAt, payload.Serialise(), payload.OccurredAt));
            return $"Event {payload.Id}";
        }, ct);

    public async Task<Result> RedeliverAsync(ClaimsPrincipal user, int id, long messageId, CancellationToken ct)
    {
        if (await writes.FindAsync(user, id, ct) is null)
            return WebhookErrors.NotFound(id);
        var now = time.GetUtcNow();
        await using var transaction = await writes.Db.Database.BeginTransactionAsync(ct);
        var again = await writes.Db.WebhookMessages.Where(m => m.Id == messageId && m.SubscriptionId == id && m.State == WebhookMessageState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, WebhookMessageState.Pending).SetProperty(m => m.DeliveringSince, now)
                .SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.FailedAt, (DateTimeOffset?)null), ct);
        if (again == 0)
            return await writes.Db.WebhookMessages.AnyAsync(m => m.Id == messageId && m.SubscriptionId == id, ct) ? WebhookErrors.NotFailed : WebhookErrors.NotFound(id);
        writes.Audit("webhook.redelivered", id, $"Event row {messageId}");
        await writes.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    private static string? Done(Action change)
    {
        change();
        return null;
    }
}
