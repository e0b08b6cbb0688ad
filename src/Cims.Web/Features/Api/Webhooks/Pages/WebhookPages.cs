using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Webhooks.Pages;

public sealed record WebhookRow(int Id, string Url, string Description, bool Paused, string? PausedReason, int Waiting, int Failed);

public sealed record AttemptRow(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs);

public sealed record DeliveryRow(
    long Id, Guid EventId, string Type, int? IncidentId, DateTimeOffset OccurredAt, WebhookMessageState State, int Attempts,
    DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? FailedAt, string? LastError)
{
    public IReadOnlyList<AttemptRow> Tries { get; init; } = [];
}

public sealed record WebhookDetails(
    int Id, string Url, string Description, IReadOnlyList<string> Events, bool Paused, string? PausedReason, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? FailingSince, DateTimeOffset? PreviousSecretExpiresAt, Guid Version)
{
    public PageOf<DeliveryRow> Log { get; init; } = new([], 1, 1, 0);
}

/// <summary>What the webhook pages read: only the user's organisation's webhooks; another's is not found (null).</summary>
public sealed class WebhookPages(CimsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<WebhookRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        return await db.WebhookSubscriptions.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Id)
            .Select(s => new WebhookRow(s.Id, s.Url, s.Description, s.Paused, s.PausedReason,
                db.WebhookMessages.Count(m => m.SubscriptionId == s.Id && m.State == WebhookMessageState.Pending),
                db.WebhookMessages.Count(m => m.SubscriptionId == s.Id && m.State == WebhookMessageState.Failed)))
            .ToListAsync(ct);
    }

    public async Task<WebhookDetails?> DetailsAsync(ClaimsPrincipal user, int id, int? page, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        var webhook = await db.WebhookSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, ct);
        if (webhook is null)
            return null;
        var log = await db.WebhookMessages.AsNoTracking().Where(m => m.SubscriptionId == id).OrderByDescending(m => m.Id)
            .Select(m => new DeliveryRow(m.Id, m.EventId, m.Type, m.IncidentId, m.OccurredAt, m.State, m.Attempts, m.NextAttemptAt, m.DeliveredAt, m.FailedAt, m.LastError))
            .ToPageAsync(page, ct);
        var ids = log.Items.Select(r => r.Id).ToList();
        var tries = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.MessageId))
                .Select(a => new { a.MessageId, a.Id, Row = new AttemptRow(a.At, a.StatusCode, a.Error, a.DurationMs) }).ToListAsync(ct))
            .OrderByDescending(a => a.Id).ToLookup(a => a.MessageId, a => a.Row);
        var previous = webhook.PreviousSecretAt(time.GetUtcNow()) is null ? null : webhook.PreviousSecretExpiresAt;
        return new WebhookDetails(webhook.Id, webhook.Url, webhook.Description, WebhookEventTypes.Split(webhook.Events), webhook.Paused, webhook.PausedReason,
            webhook.CreatedAt, webhook.UpdatedAt, webhook.FailingSince, previous, webhook.Version)
        {
            Log = log with { Items = log.Items.Select(r => r with { Tries = tries[r.Id].ToList() }).ToList() },
        };
    }

    public async Task<WebhookForm?> FormAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        return await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == id && s.OrganisationId == organisationId)
            .Select(s => new { s.Url, s.Description, s.Events, s.Version }).SingleOrDefaultAsync(ct) is { } found
            ? new WebhookForm { Url = found.Url, Description = found.Description, Events = [.. WebhookEventTypes.Split(found.Events)], Version = found.Version }
            : null;
    }

    public async Task<Guid?> VersionAsync(ClaimsPrincipal user, int id, CancellationToken ct) => (await FormAsync(user, id, ct))?.Version;
}
