using System.Data.Common;
using Cims.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Data;

/// <summary>
/// Databases made before dotnet ef migrations (by the hand-written SQL scripts, 20261123000000_Initial to
/// 20261123040000_PrivacyReportStages) already have the schema of each provider's baseline migration.
/// Before migrating, such a database gets the baseline recorded as applied, after a check that every
/// table and column of the baseline is there; later migrations then apply as usual. No row is touched.
/// </summary>
public static class LegacyBaseline
{
    public const string LastLegacyMigration = "20261123040000_PrivacyReportStages";

    public static readonly string[] LegacyMigrations =
    [
        "20261123000000_Initial",
        "20261123010000_Incidents",
        "20261123020000_IncidentAttachments",
        "20261123030000_PrivacyReports",
        LastLegacyMigration,
    ];

    /// <summary>Records the baseline as applied on a database the legacy scripts made; true if it did.</summary>
    public static async Task<bool> AdoptAsync(CimsDbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct))
            return false;
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var baseline = db.Database.GetMigrations().First();
        if (applied.Contains(baseline) || !applied.Overlaps(LegacyMigrations))
            return false;
        var missing = LegacyMigrations.Where(id => !applied.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw new StartupConfigurationException(
                $"the database was made by an unfinished set of CIMS's early migrations (missing {string.Join(", ", missing)}), " +
                "which this version cannot upgrade: restore it from a backup taken after 20261123 and start again.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await CheckSchemaAsync(db, baseline, ct);
        var insert = history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(insert, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Selects every column of every table the baseline migration creates (no rows): a missing one fails here, not
    /// half-way through a migration. Tables of later migrations are not expected: those migrations make them.
    /// </summary>
    private static async Task CheckSchemaAsync(CimsDbContext db, string baseline, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var migrations = db.GetService<IMigrationsAssembly>();
        var migration = migrations.CreateMigration(migrations.Migrations[baseline], db.Database.ProviderName!);
        foreach (var table in migration.UpOperations.OfType<CreateTableOperation>())
        {
            var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
            var probe = "SELECT " + columns + " FROM " + sql.DelimitIdentifier(table.Name, table.Schema) + " WHERE 1 = 0";
            try
            {
                await db.Database.ExecuteSqlRawAsync(probe, ct);
            }
            catch (DbException ex)
            {
                throw new StartupConfigurationException(
                    $"the database's history says it was made by CIMS's early migrations, but table {table.Name} does not match them ({ex.Message.TrimEnd('.')}).", ex);
            }
        }
    }
}
