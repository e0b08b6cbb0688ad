using System.Reflection;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// Replaces the summary in one transaction: the old cells out, the new ones in (on PostgreSQL by binary COPY, hundreds of
/// thousands of rows in seconds; elsewhere through EF), and the state row saying when. Two nodes building at once take
/// turns: on PostgreSQL an advisory lock for the transaction; SQLite has one writer anyway.
/// </summary>
public static class SummaryStore
{
    private const long LockKey = 0x43494D53_53554D; // "CIMSSUM"

    public static async Task ReplaceAsync(
        CimsDbContext db, IEnumerable<AnalysisCell> cells, IEnumerable<AnalysisFindingCell> findings, AnalysisSummaryState state, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var postgres = db.Database.GetDbConnection() as NpgsqlConnection;
            if (postgres is not null)
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
            await db.AnalysisCells.ExecuteDeleteAsync(ct);
            await db.AnalysisFindingCells.ExecuteDeleteAsync(ct);
            await db.AnalysisSummaries.ExecuteDeleteAsync(ct);
            if (postgres is not null)
            {
                await CopyAsync(postgres, "AnalysisCells", cells, ct);
                await CopyAsync(postgres, "AnalysisFindingCells", findings, ct);
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"AnalysisCells\", \"AnalysisFindingCells\"", ct);
            }
            else
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.AnalysisCells.AddRange(cells);
                db.AnalysisFindingCells.AddRange(findings);
            }

            db.AnalysisSummaries.Add(state);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        });
    }

    /// <summary>Writes the rows with one binary COPY: every public property is a column of the same name (ints and the allegation type).</summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, IEnumerable<T> rows, CancellationToken ct)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var columns = string.Join(", ", properties.Select(p => $"\"{p.Name}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var property in properties)
            {
                var value = property.GetValue(row);
                if (value is string text)
                    await importer.WriteAsync(text, NpgsqlDbType.Varchar, ct);
                else
                    await importer.WriteAsync(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer, ct);
            }
        }

        await importer.CompleteAsync(ct);
    }
}
