using Cims.Web.Infrastructure.Logging;
using Cims.Web.Infrastructure.Startup;
using Serilog;

Log.Logger = LoggingSetup.CreateBootstrapLogger();
var (verb, verbArgs, hostArgs) = CommandLine.Split(args);
try
{
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddCims(commandLineVerb: verb is not null);
    var app = builder.Build();
    app.UseCims();
    return await CommandLine.RunAsync(app, verb, verbArgs);
}
catch (StartupConfigurationException ex)
{
    Log.Fatal("CIMS cannot start: {Reason}", ex.Message);
    await Console.Error.WriteLineAsync($"CIMS cannot start: {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CIMS stopped: unexpected error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
