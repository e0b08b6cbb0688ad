using Cims.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>
/// Refuses sign-in to deactivated users and to users of deactivated organisations; the security
/// stamp check (every minute) ends their existing sessions the same way.
/// </summary>
public sealed class CimsSignInManager(
    UserManager<CimsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CimsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CimsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CimsUser> confirmation,
    CimsDbContext db)
    : SignInManager<CimsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CimsUser user) =>
        user.IsActive
        && await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.IsActive)
        && await base.CanSignInAsync(user);

    /// <summary>Runs every minute per session: a deactivated user or organisation loses its session.</summary>
    public override async Task<CimsUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }
}
