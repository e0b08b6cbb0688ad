using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>
/// A database failure on demand: once armed, the next command <paramref name="picks"/> chooses fails with
/// <paramref name="failure"/> before it reaches the database, once. Counts the commands sent since it was armed (of one
/// unit of work when it was armed for one, so the app's background jobs do not count).
/// </summary>
public sealed class FailNextCommand(Func<DbCommand, bool> picks, Func<Exception> failure) : DbCommandInterceptor
{
    private int _armed;
    private int _sent;
    private DbContext? _only;

    public int Sent => Volatile.Read(ref _sent);

    /// <param name="only">The unit of work whose commands count and may fail; null: any.</param>
    public void Arm(DbContext? only = null)
    {
        _only = only;
        Interlocked.Exchange(ref _sent, 0);
        Interlocked.Exchange(ref _armed, 1);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Check(DbCommand command, CommandEventData eventData)
    {
        if (_only is not null && !ReferenceEquals(eventData.Context, _only))
            return;
        Interlocked.Increment(ref _sent);
        if (picks(command) && Interlocked.CompareExchange(ref _armed, 0, 1) == 1)
            throw failure();
    }
}
