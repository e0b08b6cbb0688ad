using Cims.Web.Infrastructure.Startup;

var (verb, hostArgs) = CommandLine.Split(args);
try
{
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddCims(commandLineVerb: verb is not null);
    var app = builder.Build();
    app.UseCims();
    return await CommandLine.RunAsync(app, verb);
}
catch (StartupConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"CIMS cannot start: {ex.Message}");
    return 2;
}
