using Cims.Web.Data;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry (ADR 0043). The "Cims" meter is always there (the use cases record into it; without a listener that is
/// nearly free); traces and metrics are collected and exported over OTLP only when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other standard <c>OTEL_*</c> variables: protocol, headers,
/// timeout). Without it nothing is collected or sent.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "cims";

    public static bool Exporting(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointSetting]);

    public static void AddCimsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddSingleton<OperationalCounts>();
        services.AddSingleton<CimsMetrics>();
        if (!Exporting(configuration))
            return;
        var postgres = DatabaseSetup.ProviderFrom(configuration) == DatabaseProvider.Postgres;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString(),
                serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (postgres)
                    tracing.AddNpgsql();
                tracing.AddProcessor<PersonalDataFilter>().AddOtlpExporter();
            })
            .WithMetrics(metrics => metrics
                .AddMeter(CimsMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        // The gauges are made with the meter: make it at start-up so a collector sees them before any use case runs.
        services.AddHostedService<MeterStart>();
    }

    private sealed class MeterStart(CimsMetrics metrics) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(metrics.Meter);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
