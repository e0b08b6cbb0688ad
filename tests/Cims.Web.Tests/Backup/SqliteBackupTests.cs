using System.Collections.Concurrent;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Backup;

/// <summary>
/// The <c>backup</c> verb run as an operator would, against the live SQLite file of a running app whose writers keep
/// saving audited changes: the copy passes SQLite's integrity check, its audit chain verifies, and it holds every write
/// acknowledged before the backup started (ADR 0044).
/// </summary>
public sealed class SqliteBackupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task BackupVerb_WhileTheAppWrites_CopyIsIntactVerifiesAndHoldsEveryAcknowledgedWrite()
    {
        var target = Path.Combine(app.Database.Folder, "backup-under-load.db");
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        // SQLite saves run synchronously under their async face: each writer gets a thread of its own.
        var writers = Enumerable.Range(1, 4).Select(w => Task.Run(() => WriteUntilStoppedAsync(w, acknowledged, stop.Token))).ToList();
        while (acknowledged.Count < 40 && !writers.Any(w => w.IsCompleted))
            await Task.Delay(20);

        var before = acknowledged.ToArray();
        var backup = await CimsProcess.RunAsync("backup", target, $"--ConnectionStrings:Cims={app.Database.ConnectionString}");
        var duringBackup = acknowledged.Count - before.Length;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains($"to {target}", backup.Output);
        Assert.True(duringBackup > 0, "the writers were stalled while the backup ran");
        Assert.Equal("ok", await ScalarAsync(target, "PRAGMA integrity_check"));
        var copied = await DetailsInCopyAsync(target);
        Assert.Empty(before.Except(copied));
        await using var copy = new SqliteCimsDbContext(DatabaseSetup.Options<SqliteCimsDbContext>(DatabaseProvider.Sqlite, $"Data Source={target};Pooling=False"));
        Assert.Null((await AuditChain.VerifyAsync(copy, CancellationToken.None)).FirstBroken);
        await AuditChain.SealPendingAsync(copy, CancellationToken.None); // what the restored app's sealer does first
        var sealedCopy = await AuditChain.VerifyAsync(copy, CancellationToken.None);
        Assert.Null(sealedCopy.FirstBroken);
        Assert.Equal(0, sealedCopy.Unsealed);
        Assert.Equal(await copy.AuditEntries.LongCountAsync(), sealedCopy.Checked);
    }

    [Fact]
    public async Task BackupVerb_TargetExists_RefusesUnlessToldToOverwrite()
    {
        var target = Path.Combine(app.Database.Folder, "existing.db");
        await File.WriteAllTextAsync(target, "yesterday's backup");

        var refused = await CimsProcess.RunAsync("backup", target, $"--ConnectionStrings:Cims={app.Database.ConnectionString}");
        var kept = await File.ReadAllTextAsync(target);
        var replaced = await CimsProcess.RunAsync("backup", target, "--overwrite", $"--ConnectionStrings:Cims={app.Database.ConnectionString}");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists", refused.Output);
        Assert.Equal("yesterday's backup", kept);
        Assert.True(replaced.ExitCode == 0, replaced.Output);
        Assert.Equal("ok", await ScalarAsync(target, "PRAGMA integrity_check"));
        Assert.Empty(Directory.GetFiles(app.Database.Folder, "*.partial-*"));
    }

    [Fact]
    public async Task BackupVerb_PostgreSql_NamesPgDumpAndWritesNothing()
    {
        var target = Path.Combine(app.Database.Folder, "postgres.dump");

        var result = await CimsProcess.RunAsync("backup", target, "--Database:Provider=Postgres",
            "--ConnectionStrings:Cims=Host=127.0.0.1;Port=1;Database=cims;Username=cims;Password=cims");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump -Fc", result.Output);
        Assert.False(File.Exists(target));
    }

    /// <summary>Saves one audited change after another, as requests do, and notes each once its save returned.</summary>
    private async Task WriteUntilStoppedAsync(int writer, ConcurrentQueue<string> acknowledged, CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            using var scope = app.Services.CreateScope();
            var details = $"writer {writer} change {n}";
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record("backup.write", "Test", $"{writer}-{n}", details);
            await scope.ServiceProvider.GetRequiredService<CimsDbContext>().SaveChangesAsync(CancellationToken.None);
            acknowledged.Enqueue(details);
        }
    }

    private static async Task<HashSet<string>> DetailsInCopyAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'backup.write'";
        await using var reader = await command.ExecuteReaderAsync();
        var details = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            details.Add(reader.GetString(0));
        return details;
    }

    private static async Task<string?> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
