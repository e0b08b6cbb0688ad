using System.Security.Cryptography;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cims.Web.Infrastructure.Api;

/// <summary>A new client's id and its secret, which is shown once: CIMS keeps only its hash.</summary>
public sealed record ApiClientCredentials(string ClientId, string ClientSecret);

/// <summary>
/// Registers a provider system as an API client of one organisation: an OpenIddict confidential application allowed
/// the client-credentials flow and the given scopes (its secret stored hashed), and the <see cref="ApiClient"/> row
/// that ties it to the organisation, saved together.
/// </summary>
public sealed class ApiClientRegistry(CimsDbContext db, IOpenIddictApplicationManager applications, AuditLog audit, TimeProvider clock)
{
    public const string EntityType = "ApiClient";

    public async Task<ApiClientCredentials> RegisterAsync(
        int organisationId, string name, IReadOnlyCollection<string> scopes, CancellationToken ct, string? clientId = null, string? secret = null)
    {
        clientId ??= "cims-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        secret ??= System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await applications.CreateAsync(descriptor, ct);
        db.Set<ApiClient>().Add(new ApiClient(clientId, organisationId, name, clock.GetUtcNow()));
        audit.Record("api_client.registered", EntityType, clientId,
            $"{name}, organisation {organisationId}, scopes: {string.Join(" ", scopes.Intersect(ApiScopes.All))}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ApiClientCredentials(clientId, secret);
    }
}
