using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cims.Tests.Shared;

/// <summary>
/// Makes every write fail as SQLite does when its disk is full (error 13, "database or disk is full") while
/// <see cref="Full"/> is set; reads go on. scripts/faults.sh --sqlite-disk-full fills a real disk.
/// </summary>
public sealed class DiskFullInterceptor : DbCommandInterceptor
{
    public volatile bool Full;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    private void Refuse(DbCommand command)
    {
        var sql = command.CommandText.TrimStart();
        if (Full && (sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)))
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
    }
}
