using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data;

/// <summary>
/// Where dashboards and exports read: a PostgreSQL streaming replica when <c>ConnectionStrings:CimsReadOnly</c> is set
/// (its figures may trail the primary by the replication lag), else the request's own context. Reads only: the replica
/// context tracks nothing, and a replica refuses writes.
/// </summary>
public sealed class ReadOnlyDb(CimsDbContext primary, ReadOnlyOptions options) : IDisposable
{
    private CimsDbContext? _replica;

    public CimsDbContext Context => options.Create() is { } make ? _replica ??= make() : primary;

    public void Dispose() => _replica?.Dispose();
}

/// <summary>The replica's context options, built once (when a read-only connection string is set).</summary>
public sealed class ReadOnlyOptions(DatabaseSettings settings)
{
    private readonly Lazy<Func<CimsDbContext>?> _factory = new(() => Factory(settings));

    public Func<CimsDbContext>? Create() => _factory.Value;

    private static Func<CimsDbContext>? Factory(DatabaseSettings settings)
    {
        if (settings.ReadOnlyConnectionString is not { Length: > 0 } cs)
            return null;
        return settings.Provider switch
        {
            DatabaseProvider.Postgres => Make<PostgresCimsDbContext>(cs, settings.Provider, o => new PostgresCimsDbContext(o)),
            DatabaseProvider.SqlServer => Make<SqlServerCimsDbContext>(cs, settings.Provider, o => new SqlServerCimsDbContext(o)),
            _ => Make<SqliteCimsDbContext>(cs, settings.Provider, o => new SqliteCimsDbContext(o)),
        };
    }

    private static Func<CimsDbContext> Make<TContext>(string connectionString, DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : CimsDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>(DatabaseSetup.Options<TContext>(provider, connectionString))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        return () => create(options);
    }
}
