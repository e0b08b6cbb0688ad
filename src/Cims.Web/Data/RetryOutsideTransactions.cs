using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Cims.Web.Data;

/// <summary>
/// How often EF Core tries a query again when the database fails transiently ("Database:RetryCount", default 3,
/// 0 turns retries off; "Database:RetryMaxDelaySeconds", default 2).
/// </summary>
public sealed record DatabaseRetry(int Count, TimeSpan MaxDelay)
{
    public static readonly DatabaseRetry Default = new(3, TimeSpan.FromSeconds(2));

    public static DatabaseRetry From(IConfiguration configuration) => new(
        configuration.GetValue("Database:RetryCount", Default.Count),
        TimeSpan.FromSeconds(configuration.GetValue("Database:RetryMaxDelaySeconds", Default.MaxDelay.TotalSeconds)));
}

/// <summary>
/// EF Core's retrying strategy for PostgreSQL, for queries outside a transaction the code began itself. Inside one an
/// operation is not retried on its own (the transaction is already lost, and repeating one step of it is not safe); a
/// save is never repeated either (<see cref="CimsDbContext.Saving"/>: its commit may have been stored although its
/// answer was lost, and a second run would store the change twice). The failure goes up and the request answers 503
/// (ADR 0040): the user or the API client sends it again, and the API's Idempotency-Key makes that safe.
/// </summary>
public sealed class PostgresRetryOutsideTransactions(ExecutionStrategyDependencies dependencies, DatabaseRetry retry)
    : NpgsqlRetryingExecutionStrategy(dependencies, retry.Count, retry.MaxDelay, errorCodesToAdd: null)
{
    private bool _notRepeatable;

    protected override void OnFirstExecution()
    {
        _notRepeatable = Repeatable.Not(Dependencies.CurrentContext.Context);
        if (_notRepeatable)
            ExceptionsEncountered.Clear();
        else
            base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !_notRepeatable && base.ShouldRetryOn(exception);
}

/// <summary>The same for SQL Server: retries queries outside a transaction the code began, no save and nothing inside one.</summary>
public sealed class SqlServerRetryOutsideTransactions(ExecutionStrategyDependencies dependencies, DatabaseRetry retry)
    : SqlServerRetryingExecutionStrategy(dependencies, retry.Count, retry.MaxDelay, errorNumbersToAdd: null)
{
    private bool _notRepeatable;

    protected override void OnFirstExecution()
    {
        _notRepeatable = Repeatable.Not(Dependencies.CurrentContext.Context);
        if (_notRepeatable)
            ExceptionsEncountered.Clear();
        else
            base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception exception) => !_notRepeatable && base.ShouldRetryOn(exception);
}

/// <summary>What the retrying strategies must not repeat.</summary>
internal static class Repeatable
{
    /// <summary>An operation inside a transaction the code began, or a save (ADR 0040).</summary>
    public static bool Not(DbContext context) => context.Database.CurrentTransaction is not null || context is CimsDbContext { Saving: true };
}
