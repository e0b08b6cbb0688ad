using Npgsql;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>Writes each table with one binary COPY (NpgsqlConnection.BeginBinaryImportAsync).</summary>
public sealed class PostgresCopySink(string connectionString) : IVolumeSink
{
    public const int ProgressEvery = 250_000;

    public async Task<int> NextIdAsync(VolumeTable table, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM {table.Quoted}", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<long> WriteAsync(VolumeTable table, IEnumerable<object?[]> rows, Action<long> progress, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Quoted} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        var types = table.Columns.Select(c => c.StoreTypeName).ToArray();
        long count = 0;
        foreach (var row in rows)
        {
            VolumeRows.CheckWidth(table, row);
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (table.Columns[i].ToProvider(row[i]) is { } value)
                    importer.Write(value, types[i]);
                else
                    importer.WriteNull();
            }

            if (++count % ProgressEvery == 0)
                progress(count);
        }

        await importer.CompleteAsync(ct);
        return count;
    }

    public async Task FinishAsync(IEnumerable<VolumeTable> tables, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var written = tables.ToList();
        foreach (var table in written.Where(t => t.Columns.Any(c => c.Name == "Id")))
        {
            var sql = $"SELECT setval(pg_get_serial_sequence('{table.Quoted}', 'Id'), (SELECT MAX(\"Id\") FROM {table.Quoted})) " +
                $"WHERE EXISTS (SELECT 1 FROM {table.Quoted})";
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        await using var analyse = new NpgsqlCommand($"ANALYZE {string.Join(", ", written.Select(t => t.Quoted))}", connection) { CommandTimeout = 0 };
        await analyse.ExecuteNonQueryAsync(ct);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
