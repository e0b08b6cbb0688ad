using System.Data.Common;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// Columns that later migrations add to the legacy tables (for example an incident's reporter summary). The legacy
/// data is written through today's model, so they are added (nullable and left empty, or a required flag at its
/// default) while it is written and dumped, and dropped again before the upgrade: the upgrade then adds them back the
/// same way, and the rows compare equal.
/// </summary>
internal static class LaterColumns
{
    public static async Task<List<(string Table, string Column)>> AddAsync(TestDatabase database)
    {
        await using var db = LegacyDatabase.Context(database);
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var added = new List<(string Table, string Column)>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var existing = await ColumnsAsync(connection, table.Name, db.Database.IsSqlite());
            if (existing.Count == 0)
                continue;
            foreach (var column in table.Columns.Where(c => !existing.Contains(c.Name)))
            {
                await ExecuteAsync(connection, $"ALTER TABLE {sql.DelimitIdentifier(table.Name)} ADD COLUMN {sql.DelimitIdentifier(column.Name)} {column.StoreType} {Nullability(table.Name, column)}");
                added.Add((table.Name, column.Name));
            }
        }

        return added;
    }

    /// <summary>
    /// NULL, or for a required column of a value type (a flag such as an organisation's consent) NOT NULL with the type's
    /// default, as its migration adds it to existing rows.
    /// </summary>
    private static string Nullability(string table, IColumn column)
    {
        if (column.IsNullable)
            return "NULL";
        var type = column.ProviderClrType;
        Assert.True(type.IsValueType, $"{table}.{column.Name} is added by a later migration: it must be nullable, or a value type its migration defaults.");
        return $"NOT NULL DEFAULT {column.StoreTypeMapping.GenerateSqlLiteral(Activator.CreateInstance(type))}";
    }

    public static async Task DropAsync(TestDatabase database, IEnumerable<(string Table, string Column)> added)
    {
        await using var db = LegacyDatabase.Context(database);
        var sql = db.GetService<ISqlGenerationHelper>();
        await db.Database.OpenConnectionAsync();
        foreach (var (table, column) in added)
            await ExecuteAsync(db.Database.GetDbConnection(), $"ALTER TABLE {sql.DelimitIdentifier(table)} DROP COLUMN {sql.DelimitIdentifier(column)}");
    }

    private static async Task ExecuteAsync(DbConnection connection, string ddl)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ddl;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table, bool sqlite)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? $"SELECT name FROM pragma_table_info('{table}')"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }
}
