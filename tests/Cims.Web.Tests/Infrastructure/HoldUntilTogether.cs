using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>
/// Makes a race happen every time: the commands <paramref name="picks"/> chooses wait, before they reach the database,
/// until <paramref name="together"/> of them have arrived (or <paramref name="atMost"/> has passed, for a database that
/// lets one writer in at a time), so the requests sending them have all read what they read before any of them writes.
/// </summary>
public sealed class HoldUntilTogether(Func<DbCommand, bool> picks, int together, TimeSpan atMost) : DbCommandInterceptor
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int Arrived => Volatile.Read(ref _arrived);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await HoldAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await HoldAsync(command);
        return result;
    }

    private async Task HoldAsync(DbCommand command)
    {
        if (!picks(command))
            return;
        if (Interlocked.Increment(ref _arrived) >= together)
            _all.TrySetResult();
        await Task.WhenAny(_all.Task, Task.Delay(atMost));
    }
}
