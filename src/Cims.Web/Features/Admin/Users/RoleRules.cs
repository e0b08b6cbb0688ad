using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// Who may give which role: organisation administrators only provider roles; department roles only to
/// users of the department, provider roles only to users of funded agencies.
/// </summary>
public static class RoleRules
{
    /// <summary>The roles an administrator may offer before the organisation is known.</summary>
    public static IReadOnlyList<string> Offered(ClaimsPrincipal actor) => actor.IsCimsAdministrator() ? Roles.All : Roles.Provider;

    /// <summary>The roles an administrator may give to a user of an organisation of this kind.</summary>
    public static IReadOnlyList<string> Offered(ClaimsPrincipal actor, OrganisationKind kind) =>
        [.. Offered(actor).Where(r => Roles.IsDepartmentRole(r) == (kind == OrganisationKind.Department))];

    public static Error? Check(ClaimsPrincipal actor, OrganisationKind kind, IEnumerable<string> roles)
    {
        foreach (var role in roles)
        {
            if (!Roles.All.Contains(role))
                return UserErrors.UnknownRole;
            if (!Offered(actor).Contains(role))
                return UserErrors.OnlyProviderRoles;
            if (Roles.IsDepartmentRole(role) && kind != OrganisationKind.Department)
                return UserErrors.DepartmentRoleForAgency(role);
            if (!Roles.IsDepartmentRole(role) && kind == OrganisationKind.Department)
                return UserErrors.ProviderRoleForDepartment(role);
        }

        return null;
    }

    public static string? Describe(IEnumerable<string> roles)
    {
        var names = roles.OrderBy(r => Roles.All.ToList().IndexOf(r)).Select(Roles.DisplayName).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
