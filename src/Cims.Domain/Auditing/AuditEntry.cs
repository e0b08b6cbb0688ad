namespace Cims.Domain.Auditing;

/// <summary>
/// One append-only line of the audit log: who did what to which record, when and from where.
/// Entries are never updated or deleted by the application.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int DetailsMaxLength = 4000;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public int? OrganisationId { get; private set; }

    /// <summary>A short verb phrase such as "organisation.created" or "user.roles_changed".</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>What changed, in words or as "field: old → new" lines. Never passwords or secrets.</summary>
    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }

    public static AuditEntry Create(AuditActor actor, string action, string entityType, string entityId, string? details, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        OrganisationId = actor.OrganisationId,
        IpAddress = actor.IpAddress,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Details = details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details,
    };
}

/// <summary>Who acted, and from where.</summary>
public sealed record AuditActor(string? UserId, string? UserName, int? OrganisationId, string? IpAddress);
