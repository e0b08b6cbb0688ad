using System.Security.Claims;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

public sealed record UserDetails(
    string Id, string DisplayName, string Email, int OrganisationId, string OrganisationName, OrganisationKind OrganisationKind,
    bool IsActive, bool InvitationPending, DateTimeOffset CreatedAt, IReadOnlyList<string> Roles, bool IsSelf)
{
    public bool CanResendInvitation => IsActive && InvitationPending;

    public bool TwoFactorEnabled { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    /// <summary>Not signed in for <see cref="UnusedDays"/> days (0 when the account is in use).</summary>
    public int UnusedDays { get; init; }

    public bool CanResetAuthenticator => TwoFactorEnabled && !IsSelf;
}

/// <summary>Reads one user the administrator may see (null otherwise), and the choices of the user forms.</summary>
public sealed class GetUser(CimsDbContext db, UnusedAccounts unused)
{
    public async Task<UserDetails?> DetailsAsync(ClaimsPrincipal actor, string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().VisibleTo(actor).Where(u => u.Id == id)
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.OrganisationId,
                u.IsActive,
                u.PasswordHash,
                u.CreatedAt,
                u.TwoFactorEnabled,
                u.LastSignInAt,
                OrganisationName = o.Name,
                OrganisationKind = o.Kind,
            })
            .SingleOrDefaultAsync(ct);
        if (user is null)
            return null;
        var roles = await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(ct);
        return new UserDetails(user.Id, user.DisplayName, user.Email ?? "", user.OrganisationId, user.OrganisationName,
            user.OrganisationKind, user.IsActive, user.PasswordHash == null, user.CreatedAt, roles, user.Id == actor.UserId())
        {
            TwoFactorEnabled = user.TwoFactorEnabled,
            LastSignInAt = user.LastSignInAt,
            UnusedDays = unused.IsUnused(user.IsActive, user.LastSignInAt, user.CreatedAt) ? unused.Days : 0,
        };
    }

    public async Task<UserEditForm?> EditFormAsync(ClaimsPrincipal actor, string id, CancellationToken ct)
    {
        var details = await DetailsAsync(actor, id, ct);
        if (details is null)
            return null;
        var stamp = await db.Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).SingleAsync(ct);
        return WithChoices(actor, details, new UserEditForm { DisplayName = details.DisplayName, Roles = [.. details.Roles], ConcurrencyStamp = stamp });
    }

    /// <summary>Fills the read-only parts of the edit form; null when the user is not the administrator's to see.</summary>
    /// <summary>When <paramref name="stale"/>, the form takes the current stamp so saving again overwrites the other change.</summary>
    public async Task<UserEditForm?> WithChoicesAsync(ClaimsPrincipal actor, string id, UserEditForm form, bool stale, CancellationToken ct)
    {
        if (await DetailsAsync(actor, id, ct) is not { } details)
            return null;
        if (stale)
            form = form with { ConcurrencyStamp = await db.Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).SingleAsync(ct) };
        return WithChoices(actor, details, form);
    }

    public async Task<UserCreateForm> WithChoicesAsync(ClaimsPrincipal actor, UserCreateForm form, CancellationToken ct) => form with
    {
        Organisations = actor.IsCimsAdministrator()
            ? await db.Organisations.AsNoTracking().AssignableBy(actor).OrderBy(o => o.Name)
                .Select(o => new OrganisationOption(o.Id, o.Name)).ToListAsync(ct)
            : [],
        OfferedRoles = RoleRules.Offered(actor),
    };

    private static UserEditForm WithChoices(ClaimsPrincipal actor, UserDetails details, UserEditForm form) => form with
    {
        Email = details.Email,
        OrganisationName = details.OrganisationName,
        OfferedRoles = [.. RoleRules.Offered(actor, details.OrganisationKind).Union(details.Roles)],
    };
}
