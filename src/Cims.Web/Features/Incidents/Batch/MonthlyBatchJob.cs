using Microsoft.Extensions.Options;

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
public sealed class MonthlyBatchJob(MonthlyBatch batch, IOptions<MonthlyBatchOptions> options, TimeProvider time, ILogger<MonthlyBatchJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.MonthlyBatchEnabled)
        {
            logger.LogInformation("The monthly batch job is turned off (Cims:MonthlyBatchEnabled=false)");
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(settings.MonthlyBatchInterval, time, stoppingToken);
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
            await batch.RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The monthly batch run failed; it will be tried again at the next interval");
        }
    }
}
