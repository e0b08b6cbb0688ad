using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cims.Web.Data;

/// <summary>CIMS on SQLite: migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCimsDbContext(DbContextOptions<SqliteCimsDbContext> options) : CimsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order by one stored as text:
        // store UTC instants as ticks. PostgreSQL and SQL Server keep them as timestamptz / datetimeoffset.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>CIMS on PostgreSQL: migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresCimsDbContext(DbContextOptions<PostgresCimsDbContext> options) : CimsDbContext(options);

/// <summary>CIMS on SQL Server: migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerCimsDbContext(DbContextOptions<SqlServerCimsDbContext> options) : CimsDbContext(options);

/// <summary>
/// Builds each provider's context for <c>dotnet ef</c> (migrations add, has-pending-model-changes,
/// migrations script) without a database server: none of those commands opens a connection.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCimsDbContext>
{
    public SqliteCimsDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options<SqliteCimsDbContext>(DatabaseProvider.Sqlite, "Data Source=cims-design.db"));
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCimsDbContext>
{
    public PostgresCimsDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options<PostgresCimsDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=cims"));
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCimsDbContext>
{
    public SqlServerCimsDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options<SqlServerCimsDbContext>(DatabaseProvider.SqlServer, "Server=localhost;Database=cims;Integrated Security=True;Encrypt=True"));
}
