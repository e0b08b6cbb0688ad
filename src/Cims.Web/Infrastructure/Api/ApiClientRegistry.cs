using System.Globalization;
using System.Security.Cryptography;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cims.Web.Infrastructure.Api;

/// <summary>A new client's id and its secret, which is shown once: CIMS keeps only its hash.</summary>
public sealed record ApiClientCredentials(string ClientId, string ClientSecret);

/// <summary>
/// Registers a provider system as an API client of one organisation: an OpenIddict confidential application allowed
/// the client-credentials flow and the given scopes (its secret stored hashed), and the <see cref="ApiClient"/> row
/// that ties it to the organisation, saved together. Rotates a client's secret (the previous one accepted for
/// Api:SecretOverlapHours) and revokes a client. Each joins the caller's transaction when there is one (an approval
/// saves the request and the new client together), or runs in its own; each is audited.
/// </summary>
public sealed class ApiClientRegistry(CimsDbContext db, CimsApplicationManager applications, AuditLog audit, TimeProvider clock, IOptions<ApiOptions> options)
{
    public const string EntityType = "ApiClient";
    public const string Registered = "api_client.registered";
    public const string SecretRotated = "api_client.secret_rotated";
    public const string Revoked = "api_client.revoked";

    /// <summary>A new client id: "cims-" and 16 hex digits.</summary>
    public static string NewClientId() => "cims-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>A new secret: 32 random bytes in base64url.</summary>
    public static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public async Task<ApiClientCredentials> RegisterAsync(
        int organisationId, string name, IReadOnlyCollection<string> scopes, CancellationToken ct, string? clientId = null, string? secret = null)
    {
        clientId ??= NewClientId();
        secret ??= NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes.Intersect(ApiScopes.All))
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        await using var own = await OwnTransactionAsync(ct);
        await applications.CreateAsync(descriptor, ct);
        db.ApiClients.Add(new ApiClient(clientId, organisationId, name, clock.GetUtcNow()));
        audit.Record(Registered, EntityType, clientId,
            $"{name}, organisation {organisationId}, scopes: {string.Join(" ", scopes.Intersect(ApiScopes.All))}");
        await db.SaveChangesAsync(ct);
        if (own is not null)
            await own.CommitAsync(ct);
        return new ApiClientCredentials(clientId, secret);
    }

    /// <summary>
    /// A new secret for <paramref name="client"/> (tracked, at the version the user saw), returned once to show. The
    /// secret it replaces is still accepted until the overlap ends; one rotated away before is not accepted any more.
    /// </summary>
    public async Task<Result<string>> RotateSecretAsync(ApiClient client, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(client.ClientId, ct)
            ?? throw new InvalidOperationException($"API client {client.ClientId} has no OpenIddict application.");
        var now = clock.GetUtcNow();
        var until = now + options.Value.SecretOverlap;
        var secret = NewSecret();
        await using var own = await OwnTransactionAsync(ct);
        var rotated = client.Rotate(application.ClientSecret, until, now);
        if (rotated.Failed)
            return rotated.Error;
        audit.Record(SecretRotated, EntityType, client.ClientId,
            $"{client.Name}: new secret; the previous one is accepted until {until.ToString("O", CultureInfo.InvariantCulture)}");
        var saved = await db.SaveOrStaleAsync(ApiClientErrors.Concurrency, ct); // the version check, before the secret changes
        if (saved.Failed)
            return saved.Error;
        await applications.ReplaceSecretAsync(application, secret, ct);
        if (own is not null)
            await own.CommitAsync(ct);
        return Result<string>.Ok(secret);
    }

    /// <summary>
    /// Revokes <paramref name="client"/> (tracked, at the version the user saw) for good: its secrets stop working at once
    /// (the application's secret is also replaced by one nobody knows) and its tokens are refused from their next call.
    /// </summary>
    public async Task<Result> RevokeAsync(ApiClient client, string byName, string reason, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(client.ClientId, ct)
            ?? throw new InvalidOperationException($"API client {client.ClientId} has no OpenIddict application.");
        await using var own = await OwnTransactionAsync(ct);
        var revoked = client.Revoke(byName, reason, clock.GetUtcNow());
        if (revoked.Failed)
            return revoked.Error;
        audit.Record(Revoked, EntityType, client.ClientId, $"{client.Name}, organisation {client.OrganisationId}: {reason}");
        var saved = await db.SaveOrStaleAsync(ApiClientErrors.Concurrency, ct);
        if (saved.Failed)
            return saved.Error;
        await applications.ReplaceSecretAsync(application, NewSecret(), ct);
        if (own is not null)
            await own.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>A transaction of this call's own, or null when the caller's is open (its commit saves this work too).</summary>
    private async Task<IDbContextTransaction?> OwnTransactionAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
}
