using System.Data.Common;
using System.Reflection;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// Makes a database as CIMS's early releases did: the hand-written SQL scripts (kept in Legacy/ as
/// fixtures only) and their five rows in __EFMigrationsHistory.
/// </summary>
internal static class LegacyDatabase
{
    public static async Task CreateAsync(TestDatabase database, int upTo = 5)
    {
        await using var db = Context(database);
        var folder = database.Provider.ToString();
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateScript());
        foreach (var id in LegacyBaseline.LegacyMigrations.Take(upTo))
        {
            await ExecuteAsync(db.Database.GetDbConnection(), Script(folder, id));
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.0")));
        }
    }

    /// <summary>A context of the provider on <paramref name="database"/>, as the app builds it.</summary>
    public static CimsDbContext Context(TestDatabase database) => database.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresCimsDbContext(DatabaseSetup.Options<PostgresCimsDbContext>(database.Provider, database.ConnectionString)),
        _ => new SqliteCimsDbContext(DatabaseSetup.Options<SqliteCimsDbContext>(database.Provider, database.ConnectionString)),
    };

    private static string Script(string folder, string id)
    {
        var name = $"Cims.Web.Tests.Data.Upgrade.Legacy.{folder}.{id}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Legacy script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
