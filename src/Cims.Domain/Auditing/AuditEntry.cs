using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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

    /// <summary>
    /// The entry's place in the chain, given when it is sealed (null until then): entries are sealed in the order they
    /// are found committed, which is not always the order of their ids.
    /// </summary>
    public long? Sequence { get; private set; }

    /// <summary>The hash of the entry before this one ("" for the first): the link of the chain.</summary>
    public string PreviousHash { get; private set; } = "";

    /// <summary>SHA-256 of the previous hash and this entry's content; a changed row breaks the chain here.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>Links this entry to the one before it, at the given place in the chain. Called once, by the sealer.</summary>
    public void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(previousHash);
    }

    /// <summary>True when the stored hash matches the content and the given previous hash.</summary>
    public bool IsIntactAfter(string previousHash) =>
        PreviousHash == previousHash && Hash == ComputeHash(previousHash);

    private string ComputeHash(string previousHash)
    {
        var content = string.Join('\u001f',
            previousHash, OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), UserId, UserName,
            OrganisationId?.ToString(CultureInfo.InvariantCulture), Action, EntityType, EntityId, Details, IpAddress);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public static AuditEntry Create(AuditActor actor, string action, string entityType, string entityId, string? details, DateTimeOffset at) => new()
    {
        // Whole milliseconds in UTC: every provider stores them exactly, so the hash survives a round trip.
        OccurredAt = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
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
