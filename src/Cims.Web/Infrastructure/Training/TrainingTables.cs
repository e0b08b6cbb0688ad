using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Infrastructure.Training;

/// <summary>
/// Empties every table of the model that a reset clears, dependants before the tables they point to, read from the
/// EF model so a table added later is cleared too. Kept: the migrations history, the Data Protection keys and CIMS's own
/// secrets (sessions and API keys stay valid), the roles, and the record of nightly resets.
/// </summary>
public static class TrainingTables
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "DataProtectionKeys", "AppSecrets", "AspNetRoles", "AspNetRoleClaims", "TrainingResets",
    };

    public static async Task<int> ClearAsync(DbContext db, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var cleared = 0;
        foreach (var (table, schema) in InDeleteOrder(db.Model))
        {
#pragma warning disable EF1002 // table names come from the model, never from input
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM {sql.DelimitIdentifier(table, schema)}", ct);
#pragma warning restore EF1002
            cleared++;
        }

        return cleared;
    }

    /// <summary>The tables to clear, each after every table that points to it.</summary>
    public static IReadOnlyList<(string Table, string? Schema)> InDeleteOrder(IModel model)
    {
        var tables = model.GetEntityTypes().Where(e => e.GetTableName() is { } name && !Kept.Contains(name) && e.GetViewName() is null)
            .GroupBy(e => (Table: e.GetTableName()!, Schema: e.GetSchema())).ToDictionary(g => g.Key, g => g.ToList());
        var pointsTo = tables.ToDictionary(t => t.Key, t => t.Value
            .SelectMany(e => e.GetForeignKeys())
            .Select(fk => (Table: fk.PrincipalEntityType.GetTableName()!, Schema: fk.PrincipalEntityType.GetSchema()))
            .Where(p => p != t.Key && tables.ContainsKey(p)).ToHashSet());
        var order = new List<(string, string?)>();
        while (pointsTo.Count > 0)
        {
            // A table nobody left points to is cleared next.
            var next = pointsTo.Keys.Where(t => !pointsTo.Values.Any(p => p.Contains(t))).OrderBy(t => t.Table, StringComparer.Ordinal).ToList();
            if (next.Count == 0)
                throw new InvalidOperationException($"The tables {string.Join(", ", pointsTo.Keys.Select(k => k.Table))} point to each other: a reset cannot order them.");
            foreach (var table in next)
            {
                order.Add(table);
                pointsTo.Remove(table);
            }
        }

        return order;
    }
}
