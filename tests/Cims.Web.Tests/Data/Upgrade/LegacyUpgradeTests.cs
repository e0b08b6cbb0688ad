using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// A database made and filled by an early release (the hand-written migration scripts) upgrades at
/// start-up to the dotnet ef migrations without losing or changing a row, its audit chain intact and
/// its Data Protection keys still in use, and ends with the schema a fresh database gets.
/// </summary>
public abstract class LegacyUpgradeTests(DatabaseProvider provider)
{
    private const string Secret = "a sign-in cookie issued before the upgrade";

    [Fact]
    public async Task Startup_DatabaseMadeByLegacyScripts_UpgradesWithoutLosingARow()
    {
        using var database = TestDatabase.Create(provider);
        await LegacyDatabase.CreateAsync(database);
        var laterColumns = await LaterColumns.AddAsync(database);
        var protectedBefore = await LegacyData.FillAsync(database, Secret);
        Dictionary<string, List<string>> before;
        int sandbox;
        await using (var db = LegacyDatabase.Context(database))
            before = await TableDump.ReadAsync(db, existingOnly: true);
        await LaterColumns.DropAsync(database, laterColumns);

        using (var app = new ExistingDatabaseApp(database))
        {
            var unprotected = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(LegacyData.ProtectorPurpose).Unprotect(protectedBefore);
            Assert.Equal(Secret, unprotected);
            await app.WithDbAsync(db => AuditChain.SealPendingAsync(db, CancellationToken.None));
            var audit = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
            Assert.Null(audit.FirstBroken);
            // Every entry kept, and one more: start-up registers the demo API client, which the old schema had no table for.
            var registered = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "api_client.registered"));
            Assert.Equal(1, registered);
            Assert.Equal(before["AuditEntries"].Count + registered, audit.Checked);
            Assert.Empty(await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
            sandbox = (await app.WithDbAsync(db => new SandboxSeeder(db, TimeProvider.System).IdAsync(CancellationToken.None)))!.Value;
        }

        await using var upgraded = LegacyDatabase.Context(database);
        var after = await TableDump.ReadAsync(upgraded);
        foreach (var (table, rows) in before)
        {
            // Start-up's own rows (the demo API client registered, the API sandbox organisation) are the only ones that may be new.
            var kept = after[table].Where(r => table != "AuditEntries" || !r.Contains("Action=api_client.registered", StringComparison.Ordinal))
                .Where(r => !r.Split(" | ").Any(c => c == $"OrganisationId={sandbox}" || (table == "Organisations" && c == $"Id={sandbox}"))).ToList();
            Assert.True(rows.Count == kept.Count, $"{table}: {rows.Count} rows before the upgrade, {kept.Count} after.");
            Assert.Equal(rows, kept);
        }

        Assert.All(new[] { "AspNetUsers", "Organisations", "Incidents", "IncidentClients", "IncidentAttachmentContents", "PrivacyReports", "PrivacyReportPeople", "AuditEntries", "DataProtectionKeys" },
            table => Assert.NotEmpty(before[table]));
        Assert.Contains(before["Incidents"], r => r.Contains("Details_Description=Incident number 2 described in full.", StringComparison.Ordinal));
        Assert.Contains(before["PrivacyReports"], r => r.Contains("ReportNumber=PIR-2026-00003", StringComparison.Ordinal));
        Assert.Equal(upgraded.Database.GetMigrations().First(), (await upgraded.Database.GetAppliedMigrationsAsync()).Except(LegacyBaseline.LegacyMigrations).First());
        await AssertSchemaOfFreshDatabaseAsync(upgraded);
    }

    [Fact]
    public async Task AdoptAsync_HistoryMissingALegacyMigration_RefusesWithOneSentence()
    {
        using var database = TestDatabase.Create(provider);
        await LegacyDatabase.CreateAsync(database, upTo: 3);
        await using var db = LegacyDatabase.Context(database);

        var error = await Assert.ThrowsAsync<StartupConfigurationException>(() => LegacyBaseline.AdoptAsync(db, CancellationToken.None));

        Assert.Contains("missing 20261123030000_PrivacyReports, 20261123040000_PrivacyReportStages", error.Message);
        Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task AdoptAsync_LegacyHistoryButTableMissing_RefusesAndRecordsNothing()
    {
        using var database = TestDatabase.Create(provider);
        await LegacyDatabase.CreateAsync(database);
        await using var db = LegacyDatabase.Context(database);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"PrivacyReportActivity\"");

        var error = await Assert.ThrowsAsync<StartupConfigurationException>(() => LegacyBaseline.AdoptAsync(db, CancellationToken.None));

        Assert.Contains("table PrivacyReportActivity does not match", error.Message);
        Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync());
    }

    private async Task AssertSchemaOfFreshDatabaseAsync(CimsDbContext upgraded)
    {
        using var freshDatabase = TestDatabase.Create(provider);
        await using var fresh = LegacyDatabase.Context(freshDatabase);
        await fresh.Database.MigrateAsync();
        var expected = await SchemaReader.ReadAsync(fresh.Database.GetDbConnection(), provider);
        var actual = await SchemaReader.ReadAsync(upgraded.Database.GetDbConnection(), provider);
        Assert.Equal(expected, actual);
        await fresh.Database.CloseConnectionAsync();
        await upgraded.Database.CloseConnectionAsync();
    }
}

public sealed class SqliteLegacyUpgradeTests() : LegacyUpgradeTests(DatabaseProvider.Sqlite);

public sealed class PostgresLegacyUpgradeTests() : LegacyUpgradeTests(DatabaseProvider.Postgres);

/// <summary>CIMS started over a database the test made beforehand.</summary>
internal sealed class ExistingDatabaseApp(TestDatabase database) : CimsAppFactory(database, ownsDatabase: false);
