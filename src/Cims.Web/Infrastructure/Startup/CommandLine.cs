using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// Command-line verbs. With none, CIMS migrates, seeds and serves. "migrate" applies migrations and
/// exits; "schema-script" prints the CREATE script of the current model for the configured provider
/// (the draft of a new migration script).
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "schema-script"];

    public static (string? Verb, string[] HostArgs) Split(string[] args)
    {
        var verb = args.FirstOrDefault(a => Verbs.Contains(a, StringComparer.OrdinalIgnoreCase));
        return (verb?.ToLowerInvariant(), [.. args.Where(a => !ReferenceEquals(a, verb))]);
    }

    public static async Task<int> RunAsync(WebApplication app, string? verb)
    {
        if (verb != "schema-script")
            await DatabasePreflight.CheckAsync(app.Services.GetRequiredService<DatabaseSettings>(), CancellationToken.None);
        switch (verb)
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync("Database is up to date.");
                return 0;
            case "schema-script":
                using (var scope = app.Services.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
                    await Console.Out.WriteAsync(db.Database.GenerateCreateScript());
                }

                return 0;
            default:
                await app.RunAsync();
                return 0;
        }
    }
}
