using Cims.Domain.Common;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// A provider system allowed to call the API: the OpenIddict application (client id, hashed secret, scopes) it
/// authenticates as, and the one organisation it acts for. Every token it gets carries that organisation.
/// After its secret is rotated, the previous secret's hash is kept here and also accepted until
/// <see cref="PreviousSecretExpiresAt"/> (OpenIddict keeps one secret per application); once revoked, it gets no token
/// and its tokens are refused on their next call (ADR 0037).
/// </summary>
public sealed class ApiClient
{
    public const int ClientIdMaxLength = 100;
    public const int NameMaxLength = 200;
    public const int SecretHashMaxLength = 500;
    public const int ByNameMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private ApiClient()
    {
    }

    public ApiClient(string clientId, int organisationId, string name, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        OrganisationId = organisationId;
        Name = name;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>The OAuth client id (the OpenIddict application's ClientId).</summary>
    public string ClientId { get; private set; } = "";

    public int OrganisationId { get; private set; }

    /// <summary>The provider's system, as shown in the audit log and the incident's history.</summary>
    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When its secret was last replaced; null while it has its first.</summary>
    public DateTimeOffset? LastRotatedAt { get; private set; }

    /// <summary>The hash (OpenIddict's format) of the secret before the last rotation, accepted until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecretHash { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedByName { get; private set; }

    public string? RevokedReason { get; private set; }

    /// <summary>Concurrency token: renewed on every change so two administrators cannot rotate or revoke over each other.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The previous secret's hash while it is still accepted.</summary>
    public string? PreviousSecretHashAt(DateTimeOffset now) => PreviousSecretExpiresAt > now ? PreviousSecretHash : null;

    /// <summary>
    /// A new secret was set on the application: the one it replaces (<paramref name="previousHash"/>) is still accepted
    /// until <paramref name="overlapUntil"/>. A secret rotated away before is no longer accepted from now on.
    /// </summary>
    public Result Rotate(string? previousHash, DateTimeOffset overlapUntil, DateTimeOffset now)
    {
        if (IsRevoked)
            return ApiClientErrors.Revoked;
        (PreviousSecretHash, PreviousSecretExpiresAt, LastRotatedAt) = (previousHash, previousHash is null ? null : overlapUntil, now);
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    /// <summary>For good: no token from now on, and its tokens are refused on their next call.</summary>
    public Result Revoke(string byName, string reason, DateTimeOffset now)
    {
        if (IsRevoked)
            return ApiClientErrors.Revoked;
        (RevokedAt, RevokedByName, RevokedReason) = (now, byName, reason);
        (PreviousSecretHash, PreviousSecretExpiresAt) = (null, null);
        Version = Guid.NewGuid();
        return Result.Ok();
    }
}

public static class ApiClientErrors
{
    public static readonly Error Revoked = Error.Conflict("api_client.revoked", "This API client is revoked: its secret cannot be changed and it cannot be revoked again.");

    public static readonly Error Concurrency = new(
        "api_client.concurrency", "Someone else changed this API client after you opened it. Check it as it is now, then try again.");

    public static readonly Error ReasonRequired = new("api_client.reason_required", "Enter why the client is revoked.", "Reason");

    public static readonly Error ReasonTooLong = new("api_client.reason_too_long", $"Enter a reason of {ApiClient.ReasonMaxLength} characters or fewer.", "Reason");

    public static Error NotFound(int id) => Error.NotFound("api_client.not_found", $"There is no API client {id} for you to see.");
}
