using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Identity;

public static class CimsClaimTypes
{
    public const string OrganisationId = "cims:org";
    public const string IsDepartment = "cims:dept";
    public const string DisplayName = "cims:name";
}

/// <summary>Adds the user's organisation and name to the sign-in cookie.</summary>
public sealed class CimsClaimsPrincipalFactory(
    UserManager<CimsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, CimsDbContext db)
    : UserClaimsPrincipalFactory<CimsUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CimsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var kind = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Kind).SingleAsync();
        identity.AddClaim(new Claim(CimsClaimTypes.OrganisationId, user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(CimsClaimTypes.IsDepartment, kind == OrganisationKind.Department ? "true" : "false"));
        identity.AddClaim(new Claim(CimsClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}

/// <summary>Who is signed in: read from the cookie's claims, never from form fields.</summary>
public static class ClaimsPrincipalExtensions
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public static int OrganisationId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(CimsClaimTypes.OrganisationId) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsDepartment(this ClaimsPrincipal user) => user.FindFirstValue(CimsClaimTypes.IsDepartment) == "true";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(CimsClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";

    public static bool IsCimsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.CimsAdministrator);
}
