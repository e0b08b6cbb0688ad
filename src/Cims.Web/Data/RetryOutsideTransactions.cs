using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Cims.Web.Data;

/// <summary>
/// How often EF Core tries an operation again when the database fails transiently ("Database:RetryCount", default 3,
/// 0 turns retries off; "Database:RetryMaxDelaySeconds", default 2): queries and a SaveChanges of its own.
/// </summary>
public sealed record DatabaseRetry(int Count, TimeSpan MaxDelay)
{
    public static readonly DatabaseRetry Default = new(3, TimeSpan.FromSeconds(2));

    public static DatabaseRetry From(IConfiguration configuration) => new(
        configuration.GetValue("Database:RetryCount", Default.Count),
        TimeSpan.FromSeconds(configuration.GetValue("Database:RetryMaxDelaySeconds", Default.MaxDelay.TotalSeconds)));
}

/// <summary>
/// EF Core's retrying strategy for PostgreSQL, except inside a transaction the code began itself: there an operation is
/// not retried on its own (the transaction is already lost, and repeating one step of it is not safe), the failure
/// goes up and the whole request answers 503 with nothing saved (ADR 0040). Outside one (every query and every
/// SaveChanges that is its own transaction) a transient failure is tried again.
/// </summary>
public sealed class PostgresRetryOutsideTransactions(ExecutionStrategyDependencies dependencies, DatabaseRetry retry)
    : NpgsqlRetryingExecutionStrategy(dependencies, retry.Count, retry.MaxDelay, errorCodesToAdd: null)
{
    private bool _inUserTransaction;

    protected override void OnFirstExecution()
    {
        _inUserTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_inUserTransaction)
            ExceptionsEncountered.Clear();
        else
            base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !_inUserTransaction && base.ShouldRetryOn(exception);
}

/// <summary>The same for SQL Server: retries outside a transaction the code began, none inside one.</summary>
public sealed class SqlServerRetryOutsideTransactions(ExecutionStrategyDependencies dependencies, DatabaseRetry retry)
    : SqlServerRetryingExecutionStrategy(dependencies, retry.Count, retry.MaxDelay, errorNumbersToAdd: null)
{
    private bool _inUserTransaction;

    protected override void OnFirstExecution()
    {
        _inUserTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_inUserTransaction)
            ExceptionsEncountered.Clear();
        else
            base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception exception) => !_inUserTransaction && base.ShouldRetryOn(exception);
}
