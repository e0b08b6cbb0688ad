using System.Globalization;
using System.Security.Claims;
using Cims.Domain.ApiAccess;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Access;

/// <summary>An approved request's new client: its id and secret, to show once, and the system it is for.</summary>
public sealed record ApprovedAccess(int ClientKey, string ClientId, string Secret, string SystemName);

/// <summary>
/// The moves of a request for API access, each checked against the version the user read, audited and saved:
/// an organisation administrator requests and withdraws (their organisation's requests only); the CIMS administrator
/// approves (the API client is made in the same transaction) or declines with a reason.
/// </summary>
public sealed class ApiAccessActions(CimsDbContext db, ApiClientRegistry registry, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "ApiAccessRequest";

    public async Task<Result<int>> SubmitAsync(ClaimsPrincipal user, ApiAccessForm form, CancellationToken ct)
    {
        var submitted = ApiAccessRequest.Submit(user.OrganisationId(), form.Details(), Actor(user), time.GetUtcNow());
        if (submitted.Failed)
            return submitted.Error;
        var request = submitted.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ApiAccessRequests.Add(request);
        await db.SaveChangesAsync(ct);
        audit.Record("api_access.requested", EntityType, Key(request.Id),
            $"{request.SystemName} ({request.Vendor}), scopes: {request.Scopes}\nContact: {request.ContactName}, {request.ContactEmail}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(request.Id);
    }

    public Task<Result> WithdrawAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct) =>
        MoveAsync(id, user.OrganisationId(), version, "api_access.withdrawn", r => r.Withdraw(Actor(user), time.GetUtcNow()), ct);

    public Task<Result> DeclineAsync(ClaimsPrincipal user, int id, DeclineForm form, CancellationToken ct) =>
        MoveAsync(id, null, form.Version, "api_access.declined", r => r.Decline(form.Reason, Actor(user), time.GetUtcNow()), ct);

    /// <summary>
    /// Approves the request and makes its API client (the OpenIddict application, the client row, their audit entries)
    /// in one transaction: both are saved or neither. The secret is returned to show once; only its hash is kept.
    /// </summary>
    public async Task<Result<ApprovedAccess>> ApproveAsync(ClaimsPrincipal user, int id, Guid? version, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.ApiAccessRequests.SingleOrDefaultAsync(r => r.Id == id, ct) is not { } request)
            return ApiAccessErrors.NotFound(id);
        if (version != request.Version)
            return ApiAccessErrors.Concurrency;
        var clientId = ApiClientRegistry.NewClientId();
        var approved = request.Approve(clientId, Actor(user), time.GetUtcNow());
        if (approved.Failed)
            return approved.Error;
        audit.Record("api_access.approved", EntityType, Key(id), $"{request.SystemName}: API client {clientId}, scopes: {request.Scopes}");
        var saved = await db.SaveOrStaleAsync(ApiAccessErrors.Concurrency, ct); // the version check: a second approver stops here
        if (saved.Failed)
            return saved.Error;
        var credentials = await registry.RegisterAsync(request.OrganisationId, request.SystemName, request.ScopeList.ToList(), ct, clientId);
        await transaction.CommitAsync(ct);
        var key = await db.ApiClients.Where(c => c.ClientId == clientId).Select(c => c.Id).SingleAsync(ct);
        return Result<ApprovedAccess>.Ok(new ApprovedAccess(key, credentials.ClientId, credentials.ClientSecret, request.SystemName));
    }

    private async Task<Result> MoveAsync(int id, int? organisationId, Guid? version, string action, Func<ApiAccessRequest, Result> move, CancellationToken ct)
    {
        var request = await db.ApiAccessRequests.SingleOrDefaultAsync(r => r.Id == id && (organisationId == null || r.OrganisationId == organisationId), ct);
        if (request is null)
            return ApiAccessErrors.NotFound(id);
        if (version != request.Version)
            return ApiAccessErrors.Concurrency;
        var moved = move(request);
        if (moved.Failed)
            return moved.Error;
        audit.Record(action, EntityType, Key(id), request.Reason);
        return await db.SaveOrStaleAsync(ApiAccessErrors.Concurrency, ct);
    }

    public static Actor Actor(ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A client's new secret, to show once, and until when the previous one still works.</summary>
public sealed record RotatedSecret(int ClientKey, string ClientId, string Name, string Secret, DateTimeOffset? PreviousAcceptedUntil);

/// <summary>
/// Rotating a client's secret (an organisation administrator for their organisation's clients, or the CIMS
/// administrator for any) and revoking a client (the CIMS administrator), each at the version the user read.
/// </summary>
public sealed class ApiClientActions(CimsDbContext db, ApiClientRegistry registry)
{
    public async Task<Result<RotatedSecret>> RotateAsync(int id, int? organisationId, Guid? version, CancellationToken ct)
    {
        if (await FindAsync(id, organisationId, ct) is not { } client)
            return ApiClientErrors.NotFound(id);
        if (version != client.Version)
            return ApiClientErrors.Concurrency;
        var rotated = await registry.RotateSecretAsync(client, ct);
        if (rotated.Failed)
            return rotated.Error;
        return Result<RotatedSecret>.Ok(new RotatedSecret(client.Id, client.ClientId, client.Name, rotated.Value, client.PreviousSecretExpiresAt));
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal user, int id, RevokeForm form, CancellationToken ct)
    {
        if (await FindAsync(id, null, ct) is not { } client)
            return ApiClientErrors.NotFound(id);
        if (form.Version != client.Version)
            return ApiClientErrors.Concurrency;
        return await registry.RevokeAsync(client, user.DisplayName(), form.Reason!.Trim(), ct);
    }

    private Task<ApiClient?> FindAsync(int id, int? organisationId, CancellationToken ct) =>
        db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && (organisationId == null || c.OrganisationId == organisationId), ct);
}
