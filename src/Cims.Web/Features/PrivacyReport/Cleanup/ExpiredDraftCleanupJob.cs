using Microsoft.Extensions.Options;

namespace Cims.Web.Features.PrivacyReport.Cleanup;

/// <summary>The "Cims" settings of the expired-draft clean-up.</summary>
public sealed class PrivacyDraftCleanupOptions
{
    /// <summary>Cims:PrivacyDraftCleanupEnabled — false turns the job off on this node.</summary>
    public bool PrivacyDraftCleanupEnabled { get; set; } = true;

    /// <summary>Cims:PrivacyDraftCleanupInterval — how often the job looks for expired drafts (default hourly).</summary>
    public TimeSpan PrivacyDraftCleanupInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs the clean-up at start-up and then every interval; every node may run it.</summary>
public sealed class ExpiredDraftCleanupJob(
    ExpiredDraftCleanup cleanup, IOptions<PrivacyDraftCleanupOptions> options, TimeProvider time, ILogger<ExpiredDraftCleanupJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.PrivacyDraftCleanupEnabled)
        {
            logger.LogInformation("The expired privacy draft clean-up is turned off (Cims:PrivacyDraftCleanupEnabled=false)");
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(settings.PrivacyDraftCleanupInterval, time, stoppingToken);
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
            await cleanup.RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The expired privacy draft clean-up failed; it will be tried again at the next interval");
        }
    }
}

public static class ExpiredDraftCleanupSetup
{
    public static IServiceCollection AddExpiredDraftCleanup(this IServiceCollection services)
    {
        services.AddSingleton<ExpiredDraftCleanup>();
        services.AddOptions<PrivacyDraftCleanupOptions>().BindConfiguration("Cims");
        services.AddHostedService<ExpiredDraftCleanupJob>();
        return services;
    }
}
