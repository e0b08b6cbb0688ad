using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// OpenIddict's application manager with CIMS's two rules for a client's secret (ADR 0037): a revoked
/// <see cref="ApiClient"/> authenticates with no secret, and after a rotation the previous secret, whose hash the
/// <see cref="ApiClient"/> row keeps, is still accepted until its overlap ends. The current secret is checked first.
/// Both are read from the database on every token request, so every node sees a rotation or revocation at once.
/// </summary>
public sealed class CimsApplicationManager(
    IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
    ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store,
    CimsDbContext db,
    TimeProvider clock)
    : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
{
    public override async ValueTask<bool> ValidateClientSecretAsync(
        OpenIddictEntityFrameworkCoreApplication application, string secret, CancellationToken cancellationToken = default)
    {
        var clientId = await GetClientIdAsync(application, cancellationToken);
        var client = await db.ApiClients.AsNoTracking().Where(c => c.ClientId == clientId)
            .Select(c => new { c.RevokedAt, c.PreviousSecretHash, c.PreviousSecretExpiresAt }).SingleOrDefaultAsync(cancellationToken);
        if (client?.RevokedAt is not null)
            return false;
        if (await base.ValidateClientSecretAsync(application, secret, cancellationToken))
            return true;
        return client is { PreviousSecretHash: { } previous } && client.PreviousSecretExpiresAt > clock.GetUtcNow()
            && !string.IsNullOrEmpty(secret) && await ValidateClientSecretAsync(secret, previous, cancellationToken);
    }

    /// <summary>Sets a new secret (stored hashed) and returns the hash of the one it replaces.</summary>
    public async ValueTask<string?> ReplaceSecretAsync(OpenIddictEntityFrameworkCoreApplication application, string secret, CancellationToken cancellationToken)
    {
        var previous = await Store.GetClientSecretAsync(application, cancellationToken);
        await UpdateAsync(application, secret, cancellationToken);
        return previous;
    }
}
