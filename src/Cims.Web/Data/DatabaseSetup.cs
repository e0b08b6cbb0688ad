using Cims.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
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
            $"Database:Provider is \"{value}\", which CIMS does not support. Use \"Sqlite\" (the default) or \"Postgres\".");
    }

    public static IServiceCollection AddCimsDatabase(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionString(provider, configuration, environment);
        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddDbContext<CimsDbContext>(options =>
        {
            // An address whose every part is empty is no address: that is the meaning we want.
            options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
            if (provider == DatabaseProvider.Sqlite)
                options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            else
                options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        });
        return services;
    }

    private static string ConnectionString(DatabaseProvider provider, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Cims");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (provider == DatabaseProvider.Postgres)
        {
            throw new StartupConfigurationException(
                "Database:Provider is Postgres but ConnectionStrings:Cims is empty. " +
                "Set it, for example ConnectionStrings__Cims=\"Host=db;Database=cims;Username=cims;Password=…\".");
        }

        var options = configuration.GetSection(CimsOptions.Section).Get<CimsOptions>() ?? new CimsOptions();
        var file = options.DataPath(environment.ContentRootPath, "cims.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return $"Data Source={file}";
    }
}

/// <summary>The provider and connection string in force, for diagnostics and start-up messages.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
