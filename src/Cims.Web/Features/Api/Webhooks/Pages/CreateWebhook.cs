using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Features.Api.Webhooks.Delivery;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Api.Webhooks.Pages;

/// <summary>A new webhook, with its signing secret returned once to show (only its encrypted form is kept).</summary>
public sealed record CreatedWebhook(int Id, string Secret);

/// <summary>Adds a webhook for the user's organisation, once its address passes <see cref="WebhookAddressPolicy"/> (where the host resolves too).</summary>
public sealed class CreateWebhook(WebhookWrites writes, WebhookAddressPolicy policy, WebhookSecrets secrets, TimeProvider time)
{
    public async Task<Result<CreatedWebhook>> RunAsync(ClaimsPrincipal user, WebhookForm form, CancellationToken ct)
    {
        var url = form.Url!.Trim();
        if (await policy.CheckAsync(url, ct) is { } refused)
            return refused;
        var (secret, stored) = secrets.Make();
        var webhook = WebhookSubscription.Create(user.OrganisationId(), url, form.Description?.Trim() ?? "", form.Events!, stored, time.GetUtcNow());
        await using var transaction = await writes.Db.Database.BeginTransactionAsync(ct);
        writes.Db.WebhookSubscriptions.Add(webhook);
        await writes.Db.SaveChangesAsync(ct);
        writes.Audit("webhook.created", webhook.Id, $"{url}\nEvents: {webhook.Events}");
        await writes.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<CreatedWebhook>.Ok(new CreatedWebhook(webhook.Id, secret));
    }
}

/// <summary>Saves a webhook's address, description and events unless someone else saved first.</summary>
public sealed class EditWebhook(WebhookWrites writes, WebhookAddressPolicy policy, TimeProvider time)
{
    public async Task<Result> RunAsync(ClaimsPrincipal user, int id, WebhookForm form, CancellationToken ct)
    {
        var url = form.Url!.Trim();
        if (await writes.FindAsync(user, id, ct) is null)
            return WebhookErrors.NotFound(id);
        if (await policy.CheckAsync(url, ct) is { } refused)
            return refused;
        return await writes.ChangeAsync(user, id, form.Version, "webhook.updated", webhook =>
        {
            var before = (webhook.Url, webhook.Description, webhook.Events);
            webhook.Update(url, form.Description?.Trim() ?? "", form.Events!, time.GetUtcNow());
            return AuditLog.Changes(
                ("Address", before.Url, webhook.Url), ("Description", before.Description, webhook.Description), ("Events", before.Events, webhook.Events)) ?? "No changes.";
        }, ct);
    }
}
