using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Data;

/// <summary>
/// The schema the migrations build must equal the schema EnsureCreated builds from the current model.
/// When this fails, the model changed without a migration: add one with dotnet ef migrations add
/// (docs/adr/0002); the diff shows what it must do.
/// </summary>
public abstract class MigrationDriftTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    /// <summary>PostgreSQL indexes the model cannot express (an expression; columns of two owned types), made by migration SQL.</summary>
    private static readonly string[] HandWrittenPostgresIndexes = ["index Incidents.IX_Incidents_DepartmentOrder ", "index Incidents.IX_Incidents_AreaImpact ", "index Incidents.IX_Incidents_AnalysisOrder "];

    [Fact]
    public async Task Migrate_EmptyDatabase_MatchesTheModelExactly()
    {
        using var modelDatabase = TestDatabase.Create(app.Provider);
        using var scope = app.Services.CreateScope();
        var migrated = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        using var otherScope = app.Services.CreateScope();
        var fromModel = otherScope.ServiceProvider.GetRequiredService<CimsDbContext>();
        fromModel.Database.SetConnectionString(modelDatabase.ConnectionString);
        Assert.True(await fromModel.Database.EnsureCreatedAsync());

        var expected = await SchemaReader.ReadAsync(fromModel.Database.GetDbConnection(), app.Provider);
        var actual = await SchemaReader.ReadAsync(migrated.Database.GetDbConnection(), app.Provider);

        var missing = expected.Except(actual).ToList();
        var handWritten = actual.Where(l => HandWrittenPostgresIndexes.Any(h => l.StartsWith(h, StringComparison.Ordinal))).ToList();
        var extra = actual.Except(expected).Except(handWritten).ToList();
        Assert.Equal(app.Provider == DatabaseProvider.Postgres ? HandWrittenPostgresIndexes.Length : 0, handWritten.Count);
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Schema drift.\nIn the model but not migrated:\n  {string.Join("\n  ", missing)}\nMigrated but not in the model:\n  {string.Join("\n  ", extra)}");
        Assert.Contains(actual, l => l.StartsWith("column Organisations.Version", StringComparison.Ordinal));
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
        await fromModel.Database.CloseConnectionAsync();
    }

    [Fact]
    public async Task Startup_SeedsReferenceDataOnce()
    {
        var counts = await app.WithDbAsync(async db => new
        {
            Areas = await db.Areas.CountAsync(),
            Divisions = await db.Divisions.CountAsync(),
            Holidays2026 = await db.PublicHolidays.CountAsync(h => h.Date.Year == 2026),
            Roles = await db.Roles.CountAsync(),
        });

        Assert.Equal(17, counts.Areas);
        Assert.Equal(4, counts.Divisions);
        Assert.Equal(14, counts.Holidays2026);
        Assert.Equal(9, counts.Roles);
    }
}

public sealed class SqliteMigrationDriftTests(SqliteApp app) : MigrationDriftTests<SqliteApp>(app);

public sealed class PostgresMigrationDriftTests(PostgresApp app) : MigrationDriftTests<PostgresApp>(app);
