using Microsoft.Data.Sqlite;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// Writes rows with one prepared INSERT, committed every <see cref="RowsPerTransaction"/> rows: fine for tens of
/// thousands of incidents (tests, demos); PostgreSQL is the path for benchmark volumes.
/// </summary>
public sealed class SqliteInsertSink(string connectionString) : IVolumeSink
{
    public const int RowsPerTransaction = 20_000;

    public async Task<int> NextIdAsync(VolumeTable table, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM {table.Quoted}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<long> WriteAsync(VolumeTable table, IEnumerable<object?[]> rows, Action<long> progress, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table.Quoted} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null)).ToArray();
        command.Parameters.AddRange(parameters);
        var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        long count = 0;
        foreach (var row in rows)
        {
            VolumeRows.CheckWidth(table, row);
            for (var i = 0; i < row.Length; i++)
                parameters[i].Value = table.Columns[i].ToProvider(row[i]) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
            if (++count % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync(ct);
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
                progress(count);
            }
        }

        await transaction.CommitAsync(ct);
        await transaction.DisposeAsync();
        return count;
    }

    /// <summary>SQLite moves an AUTOINCREMENT sequence past explicit ids itself; statistics for the planner.</summary>
    public async Task FinishAsync(IEnumerable<VolumeTable> tables, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
