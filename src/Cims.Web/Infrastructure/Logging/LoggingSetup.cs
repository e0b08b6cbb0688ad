using System.Globalization;
using Cims.Web.Infrastructure.Startup;
using Serilog;
using Serilog.Events;

namespace Cims.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>With traces exported (ADR 0043): the trace id after the correlation id (empty outside a request).</summary>
    private const string TracedTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {TraceId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The logger for before the host exists (set as <c>Log.Logger</c> in Program.cs): a start-up failure is logged
    /// to standard error even when configuration could not be read.
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Console(
            outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
            formatProvider: CultureInfo.InvariantCulture,
            standardErrorFromLevel: LogEventLevel.Verbose)
        .CreateBootstrapLogger();

    /// <summary>
    /// Serilog (Serilog.AspNetCore's <c>AddSerilog</c>) to the console and, unless turned off, a daily rolling file in
    /// the data folder; levels and sinks can be added under "Serilog" in configuration, and sinks registered as
    /// <see cref="Serilog.Core.ILogEventSink"/> services are used too. The host owns its logger
    /// (<c>preserveStaticLogger</c>): the static bootstrap logger stays for start-up failures, and several hosts in
    /// one process (tests) do not write into each other's logs.
    /// </summary>
    /// <param name="builder">The web application builder.</param>
    /// <param name="options">The Cims settings (data folder, log file).</param>
    /// <param name="toStandardError">Command-line verbs: every line to standard error, standard output is the verb's.</param>
    public static void AddCimsLogging(this WebApplicationBuilder builder, CimsOptions options, bool toStandardError)
    {
        var logFile = options.LogToFile ? options.DataPath(builder.Environment.ContentRootPath, "logs", "cims-.log") : null;
        var template = Telemetry.TelemetrySetup.Exporting(builder.Configuration) ? TracedTemplate : Template;
        builder.Services.AddSerilog(
            (services, configuration) => Configure(configuration, builder.Configuration, logFile, template, toStandardError).ReadFrom.Services(services),
            preserveStaticLogger: true);
    }

    private static LoggerConfiguration Configure(
        LoggerConfiguration configuration, IConfiguration settings, string? logFile, string template, bool toStandardError)
    {
        configuration = configuration
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(settings)
            .Enrich.FromLogContext()
            .Enrich.WithProperty(CorrelationIdMiddleware.Property, "-")
            .WriteTo.Console(
                outputTemplate: template,
                formatProvider: CultureInfo.InvariantCulture,
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null);
        return logFile is null
            ? configuration
            : configuration.WriteTo.File(
                logFile,
                outputTemplate: "{Timestamp:o} " + template,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                formatProvider: CultureInfo.InvariantCulture);
    }
}
