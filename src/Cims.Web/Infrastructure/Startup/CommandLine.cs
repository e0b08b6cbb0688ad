using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Backup;
using Cims.Web.Infrastructure.Volume;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// Command-line verbs. With none, CIMS migrates, seeds and serves. "migrate" applies migrations and
/// exits; "verify-audit" walks the audit hash chain and reports the first broken link (exit code 1);
/// "generate-volume --incidents N [--seed S]" migrates, then fills the database with synthetic data (Infrastructure/Volume);
/// "add-api-client --organisation ID --name NAME [--scopes S]" registers a provider system's API client and prints its secret once;
/// "backup FILE [--overwrite]" copies the live SQLite database online (Infrastructure/Backup, ADR 0044).
/// </summary>
public static class CommandLine
{
    private const string GenerateVolume = "generate-volume";

    private const string AddApiClient = "add-api-client";

    private const string Backup = "backup";

    private static readonly string[] Verbs = ["migrate", "verify-audit", GenerateVolume, AddApiClient, Backup];

    /// <summary>Options of a verb, with their values: kept from the host's configuration.</summary>
    private static readonly string[] VerbOptions = ["--incidents", "--seed", .. ApiClientArguments.Options];

    public static (string? Verb, string[] VerbArgs, string[] HostArgs) Split(string[] args)
    {
        var verb = args.FirstOrDefault(a => Verbs.Contains(a, StringComparer.OrdinalIgnoreCase));
        var (verbArgs, hostArgs) = (new List<string>(), new List<string>());
        for (var i = 0; i < args.Length; i++)
        {
            if (ReferenceEquals(args[i], verb))
                continue;
            if (IsBackupArgument(verb, args[i]))
            {
                verbArgs.Add(args[i]);
                continue;
            }

            if (verb is not null && VerbOptions.Contains(args[i], StringComparer.Ordinal))
            {
                verbArgs.Add(args[i]);
                if (i + 1 < args.Length)
                    verbArgs.Add(args[++i]);
                continue;
            }

            hostArgs.Add(args[i]);
        }

        return (verb?.ToLowerInvariant(), [.. verbArgs], [.. hostArgs]);
    }

    /// <summary>backup's file (a word without "=" that is no option: a host setting has one) and its --overwrite flag.</summary>
    private static bool IsBackupArgument(string? verb, string arg) =>
        string.Equals(verb, Backup, StringComparison.OrdinalIgnoreCase)
        && (arg == BackupArguments.OverwriteFlag || (!arg.StartsWith('-') && !arg.Contains('=', StringComparison.Ordinal)));

    public static async Task<int> RunAsync(WebApplication app, string? verb, string[] verbArgs)
    {
        if (verb == Backup)
            return await BackupAsync(app, verbArgs);
        var (volume, error) = verb == GenerateVolume ? VolumeArguments.Parse(verbArgs) : (null, null);
        var (client, clientError) = verb == AddApiClient ? ApiClientArguments.Parse(verbArgs) : (null, null);
        error ??= clientError;
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        await DatabasePreflight.CheckAsync(app.Services.GetRequiredService<DatabaseSettings>(), CancellationToken.None);
        switch (verb)
        {
            case GenerateVolume:
                return await GenerateVolumeAsync(app, volume!);
            case AddApiClient:
                return await AddApiClientAsync(app, client!);
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

    /// <summary>No preflight: opening a missing SQLite file would create an empty one, which the backup refuses to copy.</summary>
    private static async Task<int> BackupAsync(WebApplication app, string[] verbArgs)
    {
        var (arguments, error) = BackupArguments.Parse(verbArgs);
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        return await BackupVerb.RunAsync(app.Services.GetRequiredService<DatabaseSettings>(), arguments, Console.Out, Console.Error, CancellationToken.None);
    }

    private static async Task<int> GenerateVolumeAsync(WebApplication app, VolumeArguments arguments)
    {
        using var scope = app.Services.CreateScope();
        try
        {
            var generator = ActivatorUtilities.CreateInstance<VolumeGenerator>(scope.ServiceProvider,
                ActivatorUtilities.CreateInstance<VolumeOrganisations>(scope.ServiceProvider));
            generator.CheckProvider();
            await app.Services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
            await generator.RunAsync(arguments, Console.Out, CancellationToken.None);
            return 0;
        }
        catch (VolumeNotSupportedException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static async Task<int> AddApiClientAsync(WebApplication app, ApiClientArguments arguments)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        if (!await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Id == arguments.OrganisationId)) // the API sandbox's too (ADR 0038)
        {
            await Console.Error.WriteLineAsync($"There is no organisation {arguments.OrganisationId}.");
            return 2;
        }

        var credentials = await scope.ServiceProvider.GetRequiredService<ApiClientRegistry>()
            .RegisterAsync(arguments.OrganisationId, arguments.Name, arguments.Scopes, CancellationToken.None);
        await Console.Out.WriteLineAsync($"client_id: {credentials.ClientId}\nclient_secret: {credentials.ClientSecret}\n(The secret is shown only now: CIMS keeps its hash.)");
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var sealedNow = await Auditing.AuditChain.SealPendingAsync(db, CancellationToken.None);
        var result = await Auditing.AuditChain.VerifyAsync(db, CancellationToken.None);
        if (result.FirstBroken is { } broken)
        {
            await Console.Out.WriteLineAsync(
                $"Audit log BROKEN at entry {broken.Id} ({broken.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {broken.Action} {broken.EntityType} {broken.EntityId}): " +
                $"its content or link does not match the chain. {result.Checked} earlier entries are intact.");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Audit log intact: {result.Checked} entries checked ({sealedNow} sealed now; {result.Unsealed} still waiting to be sealed).");
        return 0;
    }
}
