using Cims.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Incidents.Batch;

/// <summary>The "Cims" settings of the monthly batch job.</summary>
public sealed class MonthlyBatchOptions
{
    /// <summary>Cims:MonthlyBatchEnabled — false turns the job off on this node.</summary>
    public bool MonthlyBatchEnabled { get; set; } = true;

    /// <summary>Cims:MonthlyBatchInterval — how often the job looks for incidents to send (default hourly).</summary>
    public TimeSpan MonthlyBatchInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs the monthly batch at start-up and then every interval; every node may run it.</summary>
public sealed class MonthlyBatchJob(MonthlyBatch batch, IOptions<MonthlyBatchOptions> options, TimeProvider time, CimsMetrics metrics, ILogger<MonthlyBatchJob> logger)
    : RecurringJob(time, metrics, logger)
{
    protected override string Name => "The monthly batch job";

    protected override string EnabledSetting => "Cims:MonthlyBatchEnabled";

    protected override bool Enabled => options.Value.MonthlyBatchEnabled;

    protected override TimeSpan Interval => options.Value.MonthlyBatchInterval;

    protected override Task RunAsync(CancellationToken ct) => batch.RunAsync(ct);
}
