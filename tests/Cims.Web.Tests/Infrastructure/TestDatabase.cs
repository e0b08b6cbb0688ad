using Cims.Web.Data;
using Npgsql;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider: a SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder ?? Directory.CreateTempSubdirectory("cims-test-").FullName;
        _pgName = pgName;
    }

    private static readonly Lock CopyingTemplate = new();

    private readonly string? _pgName;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A scratch folder for this database's app (data folder, e-mail pickup).</summary>
    public string Folder { get; }

    /// <summary>A PostgreSQL database that outlives the test run (a benchmark's million incidents): never dropped.</summary>
    public static TestDatabase ExistingPostgres(string connectionString) =>
        new(DatabaseProvider.Postgres, connectionString, null, null);

    public static TestDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? CreateSqlite(null) : CreatePostgres(null);

    /// <summary>
    /// A database as a test host's start-up leaves it (migrated, reference data, roles, demo accounts), copied from a
    /// template the first caller of the run builds: each host then skips migrating and seeding its own.
    /// </summary>
    public static TestDatabase CreateSeeded(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? CreateSqlite(SeededTemplate.For(provider)) : CreatePostgres(SeededTemplate.For(provider));

    /// <summary>The PostgreSQL server the tests use; set by scripts/test.sh.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CIMS_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "CIMS_TEST_POSTGRES is not set. Run the tests with scripts/test.sh, which starts PostgreSQL, " +
                "or export CIMS_TEST_POSTGRES=\"Host=…;Port=…;Username=…;Password=…\".");

    private static TestDatabase CreateSqlite(string? templateFile)
    {
        var folder = Directory.CreateTempSubdirectory("cims-test-").FullName;
        var file = Path.Combine(folder, "cims.db");
        if (templateFile is not null)
            File.Copy(templateFile, file);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", folder, null);
    }

    private static TestDatabase CreatePostgres(string? template)
    {
        var name = $"cims_test_{Guid.NewGuid():N}";
        if (template is null)
        {
            AsPostgresAdmin($"CREATE DATABASE \"{name}\"");
        }
        else
        {
            // PostgreSQL copies a template only while no one else uses it: one copy at a time.
            lock (CopyingTemplate)
                AsPostgresAdmin($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }

        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true, MaxPoolSize = 20 };
        return new TestDatabase(DatabaseProvider.Postgres, cs.ConnectionString, null, name);
    }

    /// <summary>Runs one statement on the server's maintenance database.</summary>
    internal static void AsPostgresAdmin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Drops a test database. Clean-up only: when an autovacuum worker (which the test role may not end) holds it, it is
    /// tried again, and at worst left for the throwaway test cluster to remove.
    /// </summary>
    private static void DropPostgres(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                AsPostgresAdmin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                if (attempt == 3)
                    return;
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>The PostgreSQL database's name (null for SQLite).</summary>
    internal string? PostgresName => _pgName;

    public void Dispose()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            DropPostgres(_pgName);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log or database file still open: the temp folder is cleaned by the OS.
        }
    }
}
