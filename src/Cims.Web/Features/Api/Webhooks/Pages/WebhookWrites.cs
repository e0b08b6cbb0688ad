using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Webhooks.Pages;

/// <summary>What every change to a webhook shares: finding it among the user's organisation's, the version check, the audit entry and the save.</summary>
public sealed class WebhookWrites(CimsDbContext db, AuditLog audit)
{
    public CimsDbContext Db => db;

    /// <summary>The webhook, tracked, if it is the user's organisation's; another organisation's is not found.</summary>
    public Task<WebhookSubscription?> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        return db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, ct);
    }

    /// <summary>Runs <paramref name="change"/> on the webhook when it is the user's and unchanged since <paramref name="version"/>, audits and saves.</summary>
    public async Task<Result> ChangeAsync(ClaimsPrincipal user, int id, Guid? version, string action, Func<WebhookSubscription, string?> change, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } webhook)
            return WebhookErrors.NotFound(id);
        if (version != webhook.Version)
            return WebhookErrors.Concurrency;
        var details = change(webhook);
        audit.Record(action, WebhookErrors.EntityType, Key(id), details);
        return await db.SaveOrStaleAsync(WebhookErrors.Concurrency, ct);
    }

    public void Audit(string action, int id, string? details) => audit.Record(action, WebhookErrors.EntityType, Key(id), details);

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
