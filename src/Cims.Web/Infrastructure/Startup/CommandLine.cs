using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// Command-line verbs. With none, CIMS migrates, seeds and serves. "migrate" applies migrations and
/// exits; "verify-audit" walks the audit hash chain and reports the first broken link (exit code 1).
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "verify-audit"];

    public static (string? Verb, string[] HostArgs) Split(string[] args)
    {
        var verb = args.FirstOrDefault(a => Verbs.Contains(a, StringComparer.OrdinalIgnoreCase));
        return (verb?.ToLowerInvariant(), [.. args.Where(a => !ReferenceEquals(a, verb))]);
    }

    public static async Task<int> RunAsync(WebApplication app, string? verb)
    {
        await DatabasePreflight.CheckAsync(app.Services.GetRequiredService<DatabaseSettings>(), CancellationToken.None);
        switch (verb)
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync("Database is up to date.");
                return 0;
            case "verify-audit":
                return await VerifyAuditAsync(app);
            default:
                await app.RunAsync();
                return 0;
        }
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var result = await Auditing.AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<CimsDbContext>(), CancellationToken.None);
        if (result.FirstBroken is { } broken)
        {
            await Console.Out.WriteLineAsync(
                $"Audit log BROKEN at entry {broken.Id} ({broken.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {broken.Action} {broken.EntityType} {broken.EntityId}): " +
                $"its content or link does not match the chain. {result.Checked} earlier entries are intact.");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Audit log intact: {result.Checked} entries checked.");
        return 0;
    }
}
