using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// The one place that decides whose accounts an administrator may see or change: a CIMS administrator
/// sees everyone; an organisation administrator only their own organisation's users; anyone else nobody.
/// Every read and write of the user pages starts from here, so another organisation's id is a 404.
/// </summary>
public static class UserVisibility
{
    public static IQueryable<CimsUser> VisibleTo(this IQueryable<CimsUser> users, ClaimsPrincipal actor)
    {
        if (actor.IsCimsAdministrator())
            return users;
        if (!actor.IsInRole(Roles.OrganisationAdmin))
            return users.Where(_ => false);
        var organisationId = actor.OrganisationId();
        return users.Where(u => u.OrganisationId == organisationId);
    }

    /// <summary>The active organisations new users can be added to by <paramref name="actor"/>.</summary>
    public static IQueryable<Organisation> AssignableBy(this IQueryable<Organisation> organisations, ClaimsPrincipal actor)
    {
        var active = organisations.Where(o => o.IsActive);
        if (actor.IsCimsAdministrator())
            return active;
        if (!actor.IsInRole(Roles.OrganisationAdmin))
            return active.Where(_ => false);
        var organisationId = actor.OrganisationId();
        return active.Where(o => o.Id == organisationId);
    }
}
