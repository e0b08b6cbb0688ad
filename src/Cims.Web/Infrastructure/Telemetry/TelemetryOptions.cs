namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>Settings under "Cims:Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Cims:Telemetry";

    /// <summary>How long each node keeps the gauges' database counts (overdue work, webhook deliveries pending).</summary>
    public int GaugeCacheSeconds { get; set; } = 60;
}
