using System.Diagnostics.Metrics;
using Cims.Web.Data;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Features.Incidents.Analysis;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>
/// The counts behind the "Cims" meter's gauges, read from the database when a collection asks for them and kept for
/// <see cref="TelemetryOptions.GaugeCacheSeconds"/>, so however often a collector scrapes, each node asks the database
/// three counts at most once in that time. Overdue follows the dashboards' definition (<see cref="FollowUpTerms"/>).
/// A failed read is logged and answers the last counts (none before the first).
/// </summary>
public sealed class OperationalCounts(IServiceScopeFactory scopes, TimeProvider time, IOptions<TelemetryOptions> options, ILogger<OperationalCounts> logger)
{
    private readonly Lock _gate = new();
    private Snapshot? _last;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public IEnumerable<Measurement<long>> Overdue() => Read() is { } s
        ? [new(s.InvestigationsOverdue, new KeyValuePair<string, object?>(TelemetryTags.Work, "investigation")),
            new(s.ReviewsOverdue, new KeyValuePair<string, object?>(TelemetryTags.Work, "review"))]
        : [];

    public IEnumerable<Measurement<long>> WebhooksPending() => Read() is { } s ? [new(s.WebhooksPending)] : [];

    private Snapshot? Read()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_last is not null && now - _readAt < TimeSpan.FromSeconds(options.Value.GaugeCacheSeconds))
                return _last;
            try
            {
                _last = Count(now);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The telemetry gauges could not read their counts; the last counts are reported");
            }

            _readAt = now; // a failure waits for the next period too: a scrape never hammers a struggling database
            return _last;
        }
    }

    private Snapshot Count(DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        return new Snapshot(
            FollowUpTerms.Investigations(db, now).Count(f => f.Time == WorkTime.Overdue),
            FollowUpTerms.Reviews(db, now).Count(f => f.Time == WorkTime.Overdue),
            db.WebhookMessages.Count(m => m.State == WebhookMessageState.Pending));
    }

    private sealed record Snapshot(long InvestigationsOverdue, long ReviewsOverdue, long WebhooksPending);
}
