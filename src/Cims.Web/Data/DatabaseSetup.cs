using Cims.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cims.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

public static class DatabaseSetup
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
            return DatabaseProvider.Sqlite;
        if (Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider))
            return provider;
        throw new StartupConfigurationException(
            $"Database:Provider is \"{value}\", which CIMS does not support. Use \"Sqlite\" (the default), \"Postgres\" or \"SqlServer\".");
    }

    public static IServiceCollection AddCimsDatabase(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionString(provider, configuration, environment);
        var readOnly = configuration.GetConnectionString("CimsReadOnly");
        var retry = DatabaseRetry.From(configuration);
        services.AddSingleton(new DatabaseSettings(provider, connectionString, string.IsNullOrWhiteSpace(readOnly) ? null : readOnly));
        services.AddSingleton<ReadOnlyOptions>();
        services.AddScoped<ReadOnlyDb>();
        _ = provider switch
        {
            DatabaseProvider.Postgres => services.AddDbContext<CimsDbContext, PostgresCimsDbContext>(o => Configure(o, provider, connectionString, retry)),
            DatabaseProvider.SqlServer => services.AddDbContext<CimsDbContext, SqlServerCimsDbContext>(o => Configure(o, provider, connectionString, retry)),
            _ => services.AddDbContext<CimsDbContext, SqliteCimsDbContext>(o => Configure(o, provider, connectionString, retry)),
        };
        return services;
    }

    /// <summary>The options of one provider's context, as the app builds them (for dotnet ef and tests).</summary>
    public static DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider, string connectionString)
        where TContext : CimsDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, provider, connectionString, DatabaseRetry.Default);
        return builder.UseApplicationServiceProvider(IdentityStoreServices.Value).Options;
    }

    /// <summary>
    /// Identity shapes its tables from the app's IdentityOptions.Stores (schema version, key lengths),
    /// which it reads from the application's services: a context built outside the app gets the same.
    /// </summary>
    private static readonly Lazy<IServiceProvider> IdentityStoreServices =
        new(() => new ServiceCollection().AddLogging().AddCimsIdentity().BuildServiceProvider());

    /// <summary>
    /// PostgreSQL and SQL Server retry transient failures outside the code's own transactions (<see cref="PostgresRetryOutsideTransactions"/>);
    /// SQLite is a local file, with its own wait for a lock.
    /// </summary>
    private static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, DatabaseRetry retry)
    {
        // An address whose every part is empty is no address: that is the meaning we want.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .ExecutionStrategy(d => new PostgresRetryOutsideTransactions(d, retry))),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .ExecutionStrategy(d => new SqlServerRetryOutsideTransactions(d, retry))),
            _ => options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        };
    }

    private static string ConnectionString(DatabaseProvider provider, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Cims");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (provider != DatabaseProvider.Sqlite)
        {
            var example = provider == DatabaseProvider.Postgres
                ? "Host=db;Database=cims;Username=cims;Password=…"
                : "Server=db;Database=cims;User Id=cims;Password=…;Encrypt=True";
            throw new StartupConfigurationException(
                $"Database:Provider is {provider} but ConnectionStrings:Cims is empty. " +
                $"Set it, for example ConnectionStrings__Cims=\"{example}\".");
        }

        var options = configuration.GetSection(CimsOptions.Section).Get<CimsOptions>() ?? new CimsOptions();
        var file = options.DataPath(environment.ContentRootPath, "cims.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return $"Data Source={file}";
    }
}

/// <summary>
/// The provider and connection string in force, for diagnostics and start-up messages, and the read-only one
/// (ConnectionStrings:CimsReadOnly, a streaming replica) the dashboards and exports read from, if set.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? ReadOnlyConnectionString = null);
