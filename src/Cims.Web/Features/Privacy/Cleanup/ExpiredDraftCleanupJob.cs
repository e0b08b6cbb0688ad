using Cims.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Privacy.Cleanup;

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
    ExpiredDraftCleanup cleanup, IOptions<PrivacyDraftCleanupOptions> options, TimeProvider time, CimsMetrics metrics, ILogger<ExpiredDraftCleanupJob> logger)
    : RecurringJob(time, metrics, logger)
{
    protected override string Name => "The expired privacy draft clean-up";

    protected override string EnabledSetting => "Cims:PrivacyDraftCleanupEnabled";

    protected override bool Enabled => options.Value.PrivacyDraftCleanupEnabled;

    protected override TimeSpan Interval => options.Value.PrivacyDraftCleanupInterval;

    protected override Task RunAsync(CancellationToken ct) => cleanup.RunAsync(ct);
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
