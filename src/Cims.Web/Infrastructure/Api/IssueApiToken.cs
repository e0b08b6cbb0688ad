using System.Globalization;
using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// Answers a client-credentials token request OpenIddict has already authenticated (client id and hashed secret)
/// and checked (the scopes asked for are among the client's): the token names the client, its organisation and the
/// scopes granted (all of the client's when it asked for none). Each token issued is audited.
/// </summary>
public sealed class IssueApiToken(CimsDbContext db, IOpenIddictApplicationManager applications, AuditLog audit)
    : IOpenIddictServerHandler<OpenIddictServerEvents.HandleTokenRequestContext>
{
    public const string TokenIssued = "api.token_issued";

    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
            return;
        var clientId = context.Request.ClientId!;
        var client = await db.Set<ApiClient>().AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, context.CancellationToken);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "The client is not registered for an organisation.");
            return;
        }

        if (client.IsRevoked) // CimsApplicationManager already refuses its secret; this is the second lock
        {
            context.Reject(Errors.InvalidClient, "The client's access was revoked.");
            return;
        }

        var principal = new ClaimsPrincipal(Identity(client));
        principal.SetScopes(await ScopesAsync(context.Request, clientId, context.CancellationToken));
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        audit.Record(TokenIssued, ApiClientRegistry.EntityType, clientId, $"Access token for organisation {client.OrganisationId}, scopes: {string.Join(" ", principal.GetScopes())}");
        await db.SaveChangesAsync(context.CancellationToken);
        context.SignIn(principal);
    }

    private static ClaimsIdentity Identity(ApiClient client)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.ClientId);
        identity.SetClaim(ClaimTypes.NameIdentifier, ApiClaimTypes.UserId(client.ClientId));
        identity.SetClaim(ApiClaimTypes.Client, client.ClientId);
        identity.SetClaim(ApiClaimTypes.ClientKey, client.Id.ToString(CultureInfo.InvariantCulture));
        identity.SetClaim(CimsClaimTypes.OrganisationId, client.OrganisationId.ToString(CultureInfo.InvariantCulture));
        identity.SetClaim(CimsClaimTypes.IsDepartment, "false");
        identity.SetClaim(CimsClaimTypes.DisplayName, client.Name);
        return identity;
    }

    private async Task<IEnumerable<string>> ScopesAsync(OpenIddictRequest request, string clientId, CancellationToken ct)
    {
        var asked = request.GetScopes();
        if (!asked.IsEmpty)
            return asked;
        var application = await applications.FindByClientIdAsync(clientId, ct);
        var permissions = application is null ? [] : await applications.GetPermissionsAsync(application, ct);
        return permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);
    }
}
