using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

public sealed record UserSearch
{
    /// <summary>Part of the name or e-mail address.</summary>
    public string? Search { get; init; }

    /// <summary>Only for CIMS administrators: organisation administrators always see their own organisation.</summary>
    public int? OrganisationId { get; init; }

    public StatusFilter Status { get; init; } = StatusFilter.Active;

    /// <summary>Only the active accounts not signed in for the set number of days (<see cref="UnusedAccounts"/>).</summary>
    public bool Unused { get; init; }

    public int? Page { get; init; }
}

public sealed record UserRow(
    string Id, string DisplayName, string? Email, string Organisation, bool IsActive, bool InvitationPending, DateTimeOffset? LastSignInAt, bool Unused)
{
    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed record UserList(UserSearch Search, PageOf<UserRow> Results, IReadOnlyList<OrganisationOption> Organisations, int UnusedDays);

public sealed class ListUsers(CimsDbContext db, UnusedAccounts unused)
{
    public async Task<UserList> RunAsync(ClaimsPrincipal actor, UserSearch search, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().VisibleTo(actor);
        if (search.Search.SearchTerm() is { } term)
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
            query = query.Where(u => u.DisplayName.ToLower().Contains(term) || u.Email!.ToLower().Contains(term));
#pragma warning restore CA1304
        if (actor.IsCimsAdministrator() && search.OrganisationId is { } organisationId)
            query = query.Where(u => u.OrganisationId == organisationId);
        query = search.Status switch
        {
            StatusFilter.Active => query.Where(u => u.IsActive),
            StatusFilter.Inactive => query.Where(u => !u.IsActive),
            _ => query,
        };
        if (search.Unused)
            query = query.Where(unused.Predicate());
        var cutoff = unused.Cutoff;
        var page = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email,
                db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).First(), u.IsActive, u.PasswordHash == null,
                u.LastSignInAt, u.IsActive && (u.LastSignInAt ?? u.CreatedAt) < cutoff))
            .ToPageAsync(search.Page, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var rows = page.Items.Select(u => u with { Roles = [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)] }).ToList();
        var organisations = actor.IsCimsAdministrator()
            ? await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationOption(o.Id, o.Name)).ToListAsync(ct)
            : [];
        return new UserList(search, page with { Items = rows }, organisations, unused.Days);
    }
}
