namespace Cims.Web.Features.Api.Webhooks;

/// <summary>Api:Webhooks: how often and how long CIMS tries to deliver, and how long it keeps what it delivered.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Api:Webhooks";

    /// <summary>False on a node that should not deliver (the events are still written, by every node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the delivery job looks for events due.</summary>
    public int IntervalSeconds { get; set; } = 10;

    /// <summary>How long one HTTP attempt may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How long an event is tried before it is failed, and a webhook that fails this long is paused.</summary>
    public int MaxAgeHours { get; set; } = 72;

    /// <summary>Delivered and failed events (with their attempts) are deleted this long after they ended.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How long a rolled secret still signs beside the new one.</summary>
    public int SecretOverlapHours { get; set; } = 24;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, IntervalSeconds));

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds));

    public TimeSpan MaxAge => TimeSpan.FromHours(Math.Max(1, MaxAgeHours));

    public TimeSpan Retention => TimeSpan.FromDays(Math.Max(1, RetentionDays));

    public TimeSpan SecretOverlap => TimeSpan.FromHours(Math.Max(0, SecretOverlapHours));
}
