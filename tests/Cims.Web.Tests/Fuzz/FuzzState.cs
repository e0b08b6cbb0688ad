using Cims.Domain.Auditing;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// What a refused input must leave as it was: the row count of every table, and the audit entries that record a
/// change (the security events a refusal writes, "security.*", are expected). Read in one query.
/// </summary>
public sealed class FuzzState
{
    /// <summary>
    /// Tables a refusal may write to by design: the replay record of an API request's Idempotency-Key (a retry gets the
    /// same answer), the API's tokens, the Data Protection keys and the app's own secrets (made on first use).
    /// </summary>
    public static readonly string[] Unwatched = ["AuditEntries", "IdempotencyEntries", "OpenIddictTokens", "DataProtectionKeys", "AppSecrets"];

    private readonly string _sql;

    public FuzzState(CimsDbContext db)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
            .Where(t => !Unwatched.Contains(t)).Order(StringComparer.Ordinal).ToList();
        var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
        var action = audit.FindProperty(nameof(AuditEntry.Action))!.GetColumnName();
        _sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' AS t, COUNT(*) AS n FROM \"{t}\"")
            .Append($"SELECT 'audit entries of changes', COUNT(*) FROM \"{audit.GetTableName()}\" WHERE \"{action}\" NOT LIKE 'security.%'"));
    }

    public async Task<IReadOnlyDictionary<string, long>> ReadAsync(CimsDbContext db)
    {
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return counts;
    }

    /// <summary>The tables whose counts moved, as "Incidents 3→4".</summary>
    public static IEnumerable<string> Changes(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)}→{a.Value}");
}
