using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cims.Web.Infrastructure.Backup;

/// <summary>
/// Copies a live SQLite database with SQLite's online backup API (ADR 0044): one backup step over a read transaction,
/// so the copy is the database as it was at one instant, while the app goes on writing (WAL mode: readers do not block
/// writers). The copy is written beside the target under a temporary name, checked with <c>PRAGMA integrity_check</c>,
/// switched to a single file (journal_mode DELETE), and only then renamed to the target.
/// </summary>
public static class SqliteBackup
{
    public static async Task<(SqliteBackupResult? Result, string? Error)> RunAsync(string sourceConnectionString, BackupArguments arguments, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var target = Path.GetFullPath(arguments.Target);
        if (!File.Exists(source.DataSource))
            return (null, $"There is no SQLite database at {source.DataSource}: nothing to back up.");
        if (Path.GetFullPath(source.DataSource) == target)
            return (null, "The backup cannot be written over the database it copies.");
        if (File.Exists(target) && !arguments.Overwrite)
            return (null, $"{target} already exists: choose another file, or add {BackupArguments.OverwriteFlag} to replace it.");
        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
            return (null, $"The folder {folder} does not exist.");

        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        var watch = Stopwatch.StartNew();
        try
        {
            var check = await CopyAsync(source.ToString(), partial, ct);
            if (check != "ok")
                return (null, $"The copy failed SQLite's integrity check ({check}); {target} was not written.");
            File.Move(partial, target, arguments.Overwrite);
            return (new SqliteBackupResult(source.DataSource, target, new FileInfo(target).Length, watch.Elapsed), null);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Copies the source into <paramref name="file"/>; returns what <c>PRAGMA integrity_check</c> says of the copy.</summary>
    private static async Task<string> CopyAsync(string sourceConnectionString, string file, CancellationToken ct)
    {
        await using var source = new SqliteConnection(sourceConnectionString);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await source.OpenAsync(ct);
        await using (var wait = source.CreateCommand())
        {
            wait.CommandText = "PRAGMA busy_timeout = 30000;";
            await wait.ExecuteNonQueryAsync(ct);
        }

        await copy.OpenAsync(ct);
        source.BackupDatabase(copy);
        await using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        await command.ExecuteNonQueryAsync(ct);
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync(ct) ?? "no answer";
    }
}

/// <summary>What was copied where, the copy's size and how long it took.</summary>
public sealed record SqliteBackupResult(string Source, string Target, long Bytes, TimeSpan Elapsed);
