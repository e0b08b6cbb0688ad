using System.Globalization;
using Cims.Web.Data;

namespace Cims.Web.Infrastructure.Backup;

/// <summary>
/// The <c>backup</c> verb: an online copy of the configured SQLite database. PostgreSQL and SQL Server have their own
/// tools, which know their servers better than the app can: the verb names them and exits with code 2 (ADR 0044).
/// </summary>
public static class BackupVerb
{
    public static async Task<int> RunAsync(DatabaseSettings settings, BackupArguments arguments, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync(settings.Provider == DatabaseProvider.Postgres
                ? "backup copies SQLite databases. For PostgreSQL use pg_dump, e.g. pg_dump -Fc -f cims.dump \"host=… dbname=cims user=cims\", " +
                  "with WAL archiving for point-in-time recovery (README, \"Backup and restore\"; scripts/restore-drill.sh drills it)."
                : "backup copies SQLite databases. For SQL Server use BACKUP DATABASE (README, \"Backup and restore\").");
            return 2;
        }

        var (result, problem) = await SqliteBackup.RunAsync(settings.ConnectionString, arguments, ct);
        if (result is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {result.Source} to {result.Target}: {result.Bytes / 1048576.0:0.0} MB ({result.Bytes} bytes) in {result.Elapsed.TotalSeconds:0.00} s; integrity_check ok."));
        return 0;
    }
}
