using System.Globalization;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// Every row of every table of the model, as text, in primary-key order: two dumps compare row by row. A database made
/// before later migrations lacks their tables: <c>existingOnly</c> leaves those out instead of failing.
/// </summary>
internal static class TableDump
{
    public static async Task<Dictionary<string, List<string>>> ReadAsync(CimsDbContext db, bool existingOnly = false)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var existing = existingOnly ? await TableNamesAsync(connection, db.Database.IsSqlite()) : null;
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => existing?.Contains(t.Name) != false))
        {
            var columns = table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
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

    private static async Task<HashSet<string>> TableNamesAsync(System.Data.Common.DbConnection connection, bool sqlite)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
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
