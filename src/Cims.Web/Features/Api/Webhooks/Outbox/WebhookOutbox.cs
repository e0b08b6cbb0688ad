using System.Text.Json;
using System.Text.Json.Serialization;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cims.Web.Features.Api.Webhooks.Outbox;

/// <summary>
/// The save path's half of the webhooks: when a save holds an event (<see cref="IncidentEventDetector"/>), the save,
/// the outbox rows and their commit are one transaction (the caller's, if it has one). After the change is written, the
/// incident is read with the API's own projection (<see cref="GetIncidentStatus.Project"/>, inside the transaction, so
/// it is the state the change made) and one <see cref="WebhookMessage"/> is added for each webhook of the incident's
/// organisation that wants the event and is not paused. A draft is nobody's business outside the organisation's users.
/// Several events of one incident in one save keep their order; a due date that moved along with another event is told
/// by that event's incident object, not by an event of its own.
/// </summary>
public static class WebhookOutbox
{
    public static async Task<int> SaveWithEventsAsync(CimsDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var detected = IncidentEventDetector.Detect(db);
        if (detected.Count == 0)
            return await save(ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var saved = await save(ct);
            if (await AddMessagesAsync(db, detected, ct) > 0)
                await save(ct);
            if (own is not null)
                await own.CommitAsync(ct);
            return saved;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    private static async Task<int> AddMessagesAsync(CimsDbContext db, List<DetectedEvent> detected, CancellationToken ct)
    {
        var now = Clock(db).GetUtcNow();
        var events = detected.Select(d => (d.Type, At: d.At == DateTimeOffset.MinValue ? now : d.At, IncidentId: d.IncidentId())).ToList();
        var ids = events.Select(e => e.IncidentId).Distinct().ToList();
        // One query: each incident moved (not a draft) with the unpaused webhooks of its organisation; most have none.
        var wanted = await (from i in db.Incidents.AsNoTracking()
                            where ids.Contains(i.Id) && i.Status != IncidentStatus.Draft
                            join s in db.WebhookSubscriptions.AsNoTracking() on i.OrganisationId equals s.OrganisationId
                            where !s.Paused
                            select new { IncidentId = i.Id, Subscription = s }).ToListAsync(ct);
        if (wanted.Count == 0)
            return 0;
        var subscribers = wanted.GroupBy(w => w.IncidentId).ToDictionary(g => g.Key, g => g.Select(w => w.Subscription).ToList());
        var incidents = subscribers.Keys.ToList();
        var views = await GetIncidentStatus.Project(db.Incidents.AsNoTracking().Where(i => incidents.Contains(i.Id)), db).ToDictionaryAsync(v => v.Id, ct);
        var added = 0;
        foreach (var incident in events.Where(e => subscribers.ContainsKey(e.IncidentId)).GroupBy(e => e.IncidentId))
        {
            var told = incident.Any(e => e.Type != WebhookEventTypes.DueDateChanged)
                ? incident.Where(e => e.Type != WebhookEventTypes.DueDateChanged).DistinctBy(e => e.Type)
                : incident.Take(1);
            foreach (var (type, at, _) in told.OrderBy(e => e.At).ThenBy(e => WebhookEventTypes.Rank(e.Type)))
            {
                var payload = new WebhookPayload(Guid.NewGuid(), type, at, views[incident.Key]);
                var body = payload.Serialise();
                foreach (var subscription in subscribers[incident.Key].Where(s => s.Wants(type)))
                {
                    db.WebhookMessages.Add(WebhookMessage.For(subscription.Id, payload.Id, type, incident.Key, at, body, now));
                    added++;
                }
            }
        }

        return added;
    }

    private static TimeProvider Clock(CimsDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>() ?? TimeProvider.System;
}

/// <summary>
/// The body of every event: its id, type, when it happened (UTC) and the incident as <c>GET /api/v1/incidents/{id}</c>
/// returns it, read when the event was written (null for a ping). JSON as the API writes it: camel case, enums by name.
/// </summary>
public sealed record WebhookPayload(Guid Id, string Type, DateTimeOffset OccurredAt, IncidentStatusView? Incident)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Serialise() => JsonSerializer.Serialize(this with { OccurredAt = OccurredAt.ToUniversalTime() }, Json);
}
