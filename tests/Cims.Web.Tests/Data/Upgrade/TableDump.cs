using System.Globalization;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// Every row of every table of the model, as text, in primary-key order: two dumps compare row by row. A database made
/// before later migrations lacks their tables and columns: given the <see cref="ColumnsAsync">columns the database
/// had</see>, a dump reads only those, before and after the upgrade alike.
/// </summary>
internal static class TableDump
{
    public static async Task<Dictionary<string, List<string>>> ReadAsync(CimsDbContext db, IReadOnlyDictionary<string, HashSet<string>>? only = null)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => only?.ContainsKey(t.Name) != false))
        {
            var columns = table.Columns.Select(c => c.Name).Where(c => only?[table.Name].Contains(c) != false).Order(StringComparer.Ordinal).ToList();
            var key = table.PrimaryKey!.Columns.Select(c => sql.DelimitIdentifier(c.Name));
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT " + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c))) +
                " FROM " + sql.DelimitIdentifier(table.Name) + " ORDER BY " + string.Join(", ", key);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Join(" | ", columns.Select((c, i) => $"{c}={Text(reader.GetValue(i))}")));
            dump[table.Name] = rows;
        }

        await db.Database.CloseConnectionAsync();
        return dump;
    }

    /// <summary>The tables the database has, with their columns.</summary>
    public static async Task<Dictionary<string, HashSet<string>>> ColumnsAsync(CimsDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
            : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!tables.TryGetValue(table, out var columns))
                    tables[table] = columns = new HashSet<string>(StringComparer.Ordinal);
                columns.Add(reader.GetString(1));
            }
        }

        await db.Database.CloseConnectionAsync();
        return tables;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
