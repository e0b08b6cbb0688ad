using System.Data.Common;
using Cims.Web.Data;

namespace Cims.Web.Tests.Data;

/// <summary>Reads a database's schema as sorted lines: tables and columns, indexes, keys and foreign keys.</summary>
internal static class SchemaReader
{
    public static async Task<List<string>> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        var lines = provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
        return [.. lines.Where(l => !l.Contains("__EFMigrations", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var lines = new List<string>();
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.AddRange((await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                .Select(c => $"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}"));
            lines.AddRange((await QueryAsync(connection,
                    $"SELECT il.name, il.\"unique\", group_concat(ii.name) FROM pragma_index_list('{table}') il, pragma_index_info(il.name) ii GROUP BY il.name"))
                .Select(i => $"index {table}.{i[0]} unique={i[1]} ({i[2]})"));
            lines.AddRange((await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"fk {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}"));
        }

        return lines;
    }

    /// <summary>A partitioned table is the table the model knows; its partitions (the summary's, ADR 0023) are storage.</summary>
    private const string Partitions = "SELECT relname FROM pg_class WHERE relispartition";

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = (await QueryAsync(connection,
                "SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), is_identity " +
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN (" + Partitions + ")"))
            .Select(c => $"column {c[0]}.{c[1]} {c[2]}({c[4]}) nullable={c[3]} identity={c[5]}").ToList();
        lines.AddRange((await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN (" + Partitions + ")"))
            .Select(i => $"index {i[0]}.{i[1]} {i[2].Replace(" ON ONLY ", " ON ", StringComparison.Ordinal)}"));
        lines.AddRange((await QueryAsync(connection,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace " +
                "AND conrelid NOT IN (SELECT oid FROM pg_class WHERE relispartition)"))
            .Select(c => $"constraint {c[0]}.{c[1]} {c[2]}"));
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        return rows;
    }
}
