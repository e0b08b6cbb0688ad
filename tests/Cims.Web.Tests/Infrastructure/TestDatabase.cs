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

    private readonly string? _pgName;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A scratch folder for this database's app (data folder, e-mail pickup).</summary>
    public string Folder { get; }

    public static TestDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? CreateSqlite() : CreatePostgres();

    /// <summary>The PostgreSQL server the tests use; set by scripts/test.sh.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CIMS_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "CIMS_TEST_POSTGRES is not set. Run the tests with scripts/test.sh, which starts PostgreSQL, " +
                "or export CIMS_TEST_POSTGRES=\"Host=…;Port=…;Username=…;Password=…\".");

    private static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("cims-test-").FullName;
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "cims.db")}", folder, null);
    }

    private static TestDatabase CreatePostgres()
    {
        var name = $"cims_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true, MaxPoolSize = 20 };
        return new TestDatabase(DatabaseProvider.Postgres, cs.ConnectionString, null, name);
    }

    public void Dispose()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
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
