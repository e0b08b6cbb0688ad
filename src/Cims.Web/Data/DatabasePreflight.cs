using Cims.Web.Infrastructure.Startup;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cims.Web.Data;

/// <summary>
/// Opens one connection before anything else starts, so an unreachable or misconfigured database is
/// reported in one clear sentence instead of a stack trace from the middle of start-up.
/// </summary>
public static class DatabasePreflight
{
    public static async Task CheckAsync(DatabaseSettings settings, CancellationToken ct)
    {
        try
        {
            await (settings.Provider switch
            {
                DatabaseProvider.Postgres => CheckPostgresAsync(settings.ConnectionString, ct),
                DatabaseProvider.SqlServer => CheckSqlServerAsync(settings.ConnectionString, ct),
                _ => CheckSqliteAsync(settings.ConnectionString, ct),
            });
        }
        catch (ArgumentException ex)
        {
            throw new StartupConfigurationException($"ConnectionStrings:Cims is not a valid {settings.Provider} connection string: {ex.Message}", ex);
        }
    }

    private static async Task CheckPostgresAsync(string connectionString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new StartupConfigurationException(
                $"cannot reach PostgreSQL at {builder.Host}:{builder.Port} (database \"{builder.Database}\"): {ex.Message.TrimEnd('.')}. " +
                "Check ConnectionStrings:Cims and that the server is running.", ex);
        }
    }

    private static async Task CheckSqlServerAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        try
        {
            await using var connection = new SqlConnection(connectionString);
            await connection.OpenAsync(ct);
        }
        catch (SqlException ex)
        {
            // SqlClient's messages run to several sentences: the error number is enough to look up.
            throw new StartupConfigurationException(
                $"cannot reach SQL Server at {builder.DataSource} (database \"{builder.InitialCatalog}\", error {ex.Number}): " +
                "check ConnectionStrings:Cims and that the server is running and accepts encrypted connections.", ex);
        }
    }

    private static async Task CheckSqliteAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
        }
        catch (SqliteException ex)
        {
            throw new StartupConfigurationException(
                $"cannot open the SQLite database ({new SqliteConnectionStringBuilder(connectionString).DataSource}): {ex.Message}", ex);
        }
    }
}
