using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cims.Web.Infrastructure.Resilience;

/// <summary>
/// Whether an exception means "the database cannot be reached just now" (refused or dropped connection, server
/// shutting down or starting, too many connections, a full pool, SQLite's lock wait running out, a full disk), as opposed to a
/// bug or a broken rule (a constraint, a conflict), which stay errors. Looks through the exceptions it wraps, so EF's
/// "retry limit exceeded" and "likely due to a transient failure" wrappers count too.
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;

    private const int SqliteFull = 13;

    /// <summary>SQL Server's "cannot reach or open the database" numbers: timeout, network, login to an unavailable database, Azure SQL busy.</summary>
    private static readonly HashSet<int> SqlServerUnavailable = [-2, 53, 233, 4060, 10053, 10054, 10060, 10928, 10929, 40197, 40501, 40613];

    public static bool IsUnavailable(Exception exception) => Any(exception, Unavailable);

    /// <summary>Whether the database refused a write because its storage is full (also counted as unavailable).</summary>
    public static bool IsStorageFull(Exception exception) => Any(exception, Full);

    private static bool Any(Exception exception, Func<Exception, bool> test)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(inner => Any(inner, test)))
                return true;
            if (test(e))
                return true;
        }

        return false;
    }

    /// <summary>SQLite's "database or disk is full", PostgreSQL's disk_full (53100), SQL Server's full file or log (1105, 9002).</summary>
    private static bool Full(Exception e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        PostgresException pg => pg.SqlState == PostgresErrorCodes.DiskFull,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 1105 or 9002,
        _ => false,
    };

    private static bool Unavailable(Exception e) => Full(e) || e switch
    {
        // Server-side refusals: connection exceptions (08), shut down or starting (57P01-57P03), out of resources (53).
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient, // no connection, a dropped one, a timeout, an exhausted pool
        Microsoft.Data.SqlClient.SqlException sql => sql.IsTransient || SqlServerUnavailable.Contains(sql.Number),
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteBusy,
        _ => false,
    };
}
