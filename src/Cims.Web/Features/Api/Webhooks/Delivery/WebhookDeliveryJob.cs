using Cims.Web.Data;
using Cims.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// Every Api:Webhooks:IntervalSeconds (10), delivers the events due (<see cref="DeliverWebhooks"/>), and once an hour
/// deletes delivered and failed events (with their attempts) older than Api:Webhooks:RetentionDays (30). Safe on several
/// nodes; off with Api:Webhooks:Enabled=false.
/// </summary>
public sealed class WebhookDeliveryJob(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time, CimsMetrics metrics, ILogger<WebhookDeliveryJob> logger)
    : RecurringJob(time, metrics, logger)
{
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    protected override string Name => "The webhook delivery job";

    protected override string EnabledSetting => "Api:Webhooks:Enabled";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeliverWebhooks>().RunAsync(ct);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        if (now - _prunedAt < TimeSpan.FromHours(1))
            return;
        var pruned = await PruneAsync(scope.ServiceProvider.GetRequiredService<CimsDbContext>(), options.Value, now, ct);
        _prunedAt = now;
        if (pruned > 0)
            logger.LogInformation("Deleted {Count} delivered or failed webhook events older than the retention period", pruned);
    }

    /// <summary>Deletes delivered and failed events that ended before the retention period (their attempts go with them).</summary>
    public static Task<int> PruneAsync(CimsDbContext db, WebhookOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var before = now - options.Retention;
        return db.WebhookMessages
            .Where(m => (m.State == WebhookMessageState.Delivered && m.DeliveredAt < before) || (m.State == WebhookMessageState.Failed && m.FailedAt < before))
            .ExecuteDeleteAsync(ct);
    }
}
