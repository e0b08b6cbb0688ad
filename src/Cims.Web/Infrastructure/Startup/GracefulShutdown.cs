using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// What a node does on SIGTERM (ADR 0045): the host's shutdown timeout is Cims:ShutdownSeconds (30), within which
/// Kestrel, stopped first, closes its listening sockets and finishes the requests in flight, then the background jobs
/// stop on their token and release what they hold. From the moment stopping begins, /health/ready answers 503.
/// </summary>
public static class GracefulShutdown
{
    public const string Setting = "Cims:ShutdownSeconds";

    public const int DefaultSeconds = 30;

    public static IServiceCollection AddCimsGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue(Setting, DefaultSeconds);
        if (seconds is < 0 or > 3600)
            throw new StartupConfigurationException($"{Setting} is {seconds}: give the seconds a stopping node may take to finish its requests, from 0 to 3600.");
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        services.AddHealthChecks().AddCheck<StoppingCheck>("stopping", tags: ["ready"]);
        return services;
    }
}

/// <summary>Unready once the node has begun to stop, so a balancer that probes /health/ready sends nothing new.</summary>
public sealed class StoppingCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("This node is stopping.")
            : HealthCheckResult.Healthy());
}
