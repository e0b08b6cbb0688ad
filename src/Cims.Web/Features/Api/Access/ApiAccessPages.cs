using System.Text.Json;
using Cims.Domain.ApiAccess;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Cims.Web.Features.Api.Access;

public sealed record AccessRequestRow(
    int Id, string OrganisationName, string SystemName, string Vendor, string Scopes, DateTimeOffset RequestedAt, string RequestedByName,
    ApiAccessStatus Status, DateTimeOffset? DecidedAt)
{
    public IReadOnlyList<string> ScopeList => ApiAccessScopes.Split(Scopes);
}

public sealed record AccessRequestDetails(
    int Id, int OrganisationId, string OrganisationName, string SystemName, string Vendor, string ContactName, string ContactEmail, string? ContactPhone,
    IReadOnlyList<string> Scopes, string Purpose, string RequestedByName, DateTimeOffset RequestedAt, ApiAccessStatus Status, string? DecidedByName,
    DateTimeOffset? DecidedAt, string? Reason, string? ClientId, int? ApiClientKey, Guid Version, IReadOnlyList<ApiAccessMove> History);

public sealed record ClientRow(
    int Id, string ClientId, string Name, int OrganisationId, string OrganisationName, DateTimeOffset CreatedAt, DateTimeOffset? LastRotatedAt,
    DateTimeOffset? RevokedAt)
{
    public IReadOnlyList<string> Scopes { get; init; } = [];
}

public sealed record ClientDetails(ClientRow Client, DateTimeOffset? PreviousSecretExpiresAt, string? RevokedByName, string? RevokedReason, Guid Version);

/// <summary>Everything the organisation administrator's /ApiAccess page shows: the organisation's requests and its clients.</summary>
public sealed record OrganisationApiAccess(IReadOnlyList<AccessRequestRow> Requests, IReadOnlyList<ClientRow> Clients);

/// <summary>
/// What the API access pages read. An organisation administrator passes their organisation: another organisation's
/// request or client is then not found (null), like one that does not exist. The CIMS administrator passes none.
/// </summary>
public sealed class ApiAccessPages(CimsDbContext db, TimeProvider time)
{
    public async Task<OrganisationApiAccess> OrganisationAsync(int organisationId, CancellationToken ct) =>
        new(await Rows(db.ApiAccessRequests.Where(r => r.OrganisationId == organisationId).OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id))
            .ToListAsync(ct), await ClientsAsync(organisationId, ct));

    /// <summary>Every organisation's requests, those waiting first (oldest first), then the decided ones, newest first.</summary>
    public Task<PageOf<AccessRequestRow>> QueueAsync(int? page, CancellationToken ct) =>
        Rows(db.ApiAccessRequests
            .OrderBy(r => r.Status == ApiAccessStatus.Requested ? 0 : 1)
            .ThenBy(r => r.Status == ApiAccessStatus.Requested ? r.Id : -r.Id))
            .ToPageAsync(page, ct);

    public Task<int> WaitingAsync(CancellationToken ct) => db.ApiAccessRequests.CountAsync(r => r.Status == ApiAccessStatus.Requested, ct);

    public async Task<AccessRequestDetails?> RequestAsync(int id, int? organisationId, CancellationToken ct)
    {
        var request = await db.ApiAccessRequests.AsNoTracking().Include(r => r.History)
            .SingleOrDefaultAsync(r => r.Id == id && (organisationId == null || r.OrganisationId == organisationId), ct);
        if (request is null)
            return null;
        var organisation = await db.Organisations.Where(o => o.Id == request.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var clientKey = request.ClientId is null ? null
            : await db.ApiClients.Where(c => c.ClientId == request.ClientId).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        return new AccessRequestDetails(request.Id, request.OrganisationId, organisation, request.SystemName, request.Vendor, request.ContactName,
            request.ContactEmail, request.ContactPhone, request.ScopeList, request.Purpose, request.RequestedByName, request.RequestedAt, request.Status,
            request.DecidedByName, request.DecidedAt, request.Reason, request.ClientId, clientKey, request.Version,
            [.. request.History.OrderBy(m => m.At).ThenBy(m => m.Id)]);
    }

    /// <summary>The clients of one organisation, or of every organisation (by organisation, then name).</summary>
    public async Task<IReadOnlyList<ClientRow>> ClientsAsync(int? organisationId, CancellationToken ct)
    {
        var rows = await Clients(organisationId, null).ToListAsync(ct);
        var scopes = await ScopesAsync(rows.Select(r => r.ClientId).ToList(), ct);
        return [.. rows.Select(r => r with { Scopes = scopes.GetValueOrDefault(r.ClientId, []) })];
    }

    public async Task<ClientDetails?> ClientAsync(int id, int? organisationId, CancellationToken ct)
    {
        var row = await Clients(organisationId, id).SingleOrDefaultAsync(ct);
        if (row is null)
            return null;
        var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var scopes = await ScopesAsync([row.ClientId], ct);
        var previous = client.PreviousSecretHashAt(time.GetUtcNow()) is null ? null : client.PreviousSecretExpiresAt;
        return new ClientDetails(row with { Scopes = scopes.GetValueOrDefault(row.ClientId, []) }, previous, client.RevokedByName, client.RevokedReason, client.Version);
    }

    /// <summary>The rows of the requests, filtered and ordered (the projection comes last, so the database does both).</summary>
    private IQueryable<AccessRequestRow> Rows(IQueryable<ApiAccessRequest> requests) =>
        requests.AsNoTracking().Select(r => new AccessRequestRow(
            r.Id, db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).Single(), r.SystemName, r.Vendor, r.Scopes, r.RequestedAt,
            r.RequestedByName, r.Status, r.DecidedAt));

    /// <summary>One organisation's clients or every one (active first, by organisation and name), or the one with <paramref name="id"/>.</summary>
    private IQueryable<ClientRow> Clients(int? organisationId, int? id) =>
        from c in db.ApiClients.AsNoTracking()
        join o in db.Organisations on c.OrganisationId equals o.Id
        where (organisationId == null || c.OrganisationId == organisationId) && (id == null || c.Id == id)
        orderby c.RevokedAt != null, o.Name, c.Name, c.Id
        select new ClientRow(c.Id, c.ClientId, c.Name, c.OrganisationId, o.Name, c.CreatedAt, c.LastRotatedAt, c.RevokedAt);

    /// <summary>The scopes each client may ask for: the OpenIddict applications' scope permissions, read in one query.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> ScopesAsync(List<string> clientIds, CancellationToken ct)
    {
        var applications = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().Where(a => clientIds.Contains(a.ClientId!))
            .Select(a => new { a.ClientId, a.Permissions }).ToListAsync(ct);
        return applications.ToDictionary(a => a.ClientId!, a => (IReadOnlyList<string>)ApiAccessScopes.Normalise(
            (string.IsNullOrEmpty(a.Permissions) ? [] : JsonSerializer.Deserialize<string[]>(a.Permissions) ?? [])
            .Where(p => p.StartsWith(OpenIddictConstants.Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[OpenIddictConstants.Permissions.Prefixes.Scope.Length..])));
    }
}
