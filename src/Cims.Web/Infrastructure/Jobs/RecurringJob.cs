using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Infrastructure.Jobs;

/// <summary>
/// A background job that runs at start-up and then every <see cref="Interval"/> (on the injected clock, so
/// tests can move time), unless its setting turns it off on this node. A failed run is logged and tried again
/// at the next interval. Every node may run it: the work itself must be safe to run twice at once. Each run's lag (how
/// late it started after it was due: at start-up, then an interval after the previous run ended) and its duration are
/// recorded in the "Cims" meter, tagged with the job's class name.
/// </summary>
public abstract class RecurringJob(TimeProvider time, CimsMetrics metrics, ILogger logger) : BackgroundService
{
    /// <summary>The job's clock (tests move it).</summary>
    protected TimeProvider Clock => time;

    /// <summary>For the log, e.g. "The monthly batch job".</summary>
    protected abstract string Name { get; }

    /// <summary>The setting that turns the job off, e.g. "Cims:MonthlyBatchEnabled".</summary>
    protected abstract string EnabledSetting { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("{Job} is turned off ({Setting}=false)", Name, EnabledSetting);
            return;
        }

        try
        {
            var due = time.GetUtcNow();
            while (!stoppingToken.IsCancellationRequested)
            {
                var started = time.GetUtcNow();
                metrics.JobStarted(GetType().Name, started - due);
                await RunOnceAsync(stoppingToken);
                var ended = time.GetUtcNow();
                metrics.JobRan(GetType().Name, ended - started);
                due = ended + Interval;
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Job} failed; it will be tried again at the next interval", Name);
        }
    }
}
