using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>Refuses sign-in to deactivated users (and, through the security stamp, ends their sessions).</summary>
public sealed class CimsSignInManager(
    UserManager<CimsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CimsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CimsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CimsUser> confirmation)
    : SignInManager<CimsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CimsUser user) => user.IsActive && await base.CanSignInAsync(user);
}
