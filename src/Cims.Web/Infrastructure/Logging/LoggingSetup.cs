using Cims.Web.Infrastructure.Startup;
using Serilog;
using Serilog.Events;

namespace Cims.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Serilog to the console and, unless turned off, a daily rolling file in the data folder.</summary>
    public static void AddCimsLogging(this WebApplicationBuilder builder, CimsOptions options, bool toStandardError)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("CorrelationId", "-")
            .WriteTo.Console(
                outputTemplate: Template,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null);
        if (options.LogToFile)
        {
            configuration = configuration.WriteTo.File(
                options.DataPath(builder.Environment.ContentRootPath, "logs", "cims-.log"),
                outputTemplate: "{Timestamp:o} " + Template,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
