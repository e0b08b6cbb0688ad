using System.Globalization;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// Access tokens are validated locally (signature, expiry, audience), so a revoked client's tokens would otherwise work
/// until they expire. After OpenIddict's own checks, this reads the client's row by its primary key (the token's
/// <see cref="ApiClaimTypes.ClientKey"/>) on every call and refuses the token (401, invalid_token) when the client is
/// revoked or gone. Nothing is kept in memory, so a revocation on one node holds on every node from the next call.
/// </summary>
public sealed class RefuseRevokedClients(CimsDbContext db) : IOpenIddictValidationHandler<OpenIddictValidationEvents.ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<OpenIddictValidationEvents.ValidateTokenContext>()
            .UseScopedHandler<RefuseRevokedClients>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(OpenIddictValidationEvents.ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal is not { } principal)
            return;
        var key = principal.GetClaim(ApiClaimTypes.ClientKey);
        var clientId = principal.GetClaim(ApiClaimTypes.Client);
        var clients = db.ApiClients.AsNoTracking();
        var query = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? clients.Where(c => c.Id == id)
            : clients.Where(c => c.ClientId == clientId); // a token issued before the key was a claim (ten minutes at most)
        var client = clientId is null ? null : await query.Select(c => new { c.ClientId, c.RevokedAt }).SingleOrDefaultAsync(context.CancellationToken);
        if (client is null || client.ClientId != clientId || client.RevokedAt is not null)
            context.Reject(Errors.InvalidToken, "The API client this token was issued to has been revoked.");
    }
}
