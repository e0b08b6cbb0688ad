namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>The attribute names CIMS adds to traces and metrics (each value from a closed set, or an id CIMS made).</summary>
public static class TelemetryTags
{
    /// <summary>On the request's span: the correlation id of its response header and log lines.</summary>
    public const string CorrelationId = "cims.correlation_id";

    /// <summary>"web" or "api".</summary>
    public const string Channel = "cims.channel";

    /// <summary>"major", "non_major" or "unknown".</summary>
    public const string Impact = "cims.impact";

    /// <summary>"investigation" or "review".</summary>
    public const string Work = "cims.work";

    /// <summary>A background job's class name, e.g. "ReminderJob".</summary>
    public const string Job = "cims.job";

    /// <summary>"public-forms", "public-lookups" or "api-client".</summary>
    public const string RateLimitPolicy = "cims.rate_limit.policy";

    /// <summary>A reminder's step, e.g. "Before5", "Overdue", "EscalatedDelegate".</summary>
    public const string ReminderStep = "cims.reminder.step";

    public const string WebChannel = "web";

    public const string ApiChannel = "api";
}
