using Cims.Web.Infrastructure.Jobs;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Api.Idempotency;

/// <summary>Every hour, forgets the Idempotency-Keys older than Api:Idempotency:KeepHours (24). Off with Api:Idempotency:PruningEnabled=false.</summary>
public sealed class IdempotencyPruningJob(IdempotencyStore store, IConfiguration configuration, TimeProvider time, CimsMetrics metrics, ILogger<IdempotencyPruningJob> logger)
    : RecurringJob(time, metrics, logger)
{
    protected override string Name => "The Idempotency-Key pruning job";

    protected override string EnabledSetting => "Api:Idempotency:PruningEnabled";

    protected override bool Enabled => configuration.GetValue(EnabledSetting, true);

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(CancellationToken ct)
    {
        var pruned = await store.PruneAsync(ct);
        if (pruned > 0)
            logger.LogInformation("Forgot {Count} Idempotency-Keys older than the keeping period", pruned);
    }
}

public static class IdempotencyRegistration
{
    public static IServiceCollection AddApiIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section);
        services.AddSingleton<IdempotencyStore>();
        services.AddHostedService<IdempotencyPruningJob>();
        return services;
    }

    /// <summary>Keeps the body of each API POST and PUT readable twice: by the Idempotency-Key check, then by the endpoint.</summary>
    public static void UseApiRequestBuffering(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ApiEndpoints.Prefix) && IdempotencyFilter.IsWrite(request.Method))
            request.EnableBuffering();
        return next(context);
    });
}
