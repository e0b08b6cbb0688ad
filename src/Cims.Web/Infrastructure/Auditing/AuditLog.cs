using Cims.Domain.Auditing;
using Cims.Web.Data;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// Adds audit entries to the current unit of work, so an entry is saved in the same transaction as
/// the change it describes (both or neither). The actor and address come from the current request.
/// </summary>
public sealed class AuditLog(CimsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string entityType, string entityId, string? details = null) =>
        db.AuditEntries.Add(AuditEntry.Create(Actor(), action, entityType, entityId, details, clock.GetUtcNow()));

    public AuditActor Actor() => AuditActors.Of(http.HttpContext);

    /// <summary>"Field: old → new" for each field that changed; null when nothing did.</summary>
    public static string? Changes(params (string Field, object? Before, object? After)[] fields)
    {
        var lines = fields
            .Where(f => !Equals(f.Before, f.After))
            .Select(f => $"{f.Field}: {f.Before ?? "(none)"} → {f.After ?? "(none)"}")
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
