using Cims.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>
/// One database per provider and test run that a test host has started on (migrations applied, reference data,
/// roles and demo accounts seeded), for <see cref="TestDatabase.CreateSeeded"/> to copy: a SQLite file, or a
/// PostgreSQL database used as <c>CREATE DATABASE … TEMPLATE</c>. Built by the first caller, removed when the run ends.
/// </summary>
internal static class SeededTemplate
{
    private static readonly Lazy<string> Sqlite = new(() => Build(DatabaseProvider.Sqlite));
    private static readonly Lazy<string> Postgres = new(() => Build(DatabaseProvider.Postgres));

    /// <summary>The template's SQLite file, or its PostgreSQL database name.</summary>
    public static string For(DatabaseProvider provider) => (provider == DatabaseProvider.Sqlite ? Sqlite : Postgres).Value;

    private static string Build(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider);
        using (var app = new TemplateApp(database))
            _ = app.Services; // the host's start-up migrates and seeds
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools(); // closes the last connection, which folds the WAL into the file
            return new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(database.ConnectionString)); // a template must have no connections
        return database.PostgresName!;
    }

    private sealed class TemplateApp(TestDatabase database) : CimsAppFactory(database, ownsDatabase: false);
}
