using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account.Manage;

/// <summary>Turns two-step sign-in off, or starts again with a new key (a new phone).</summary>
public sealed class TwoFactorSettings(SignInManager<CimsUser> signIn, AuditLog audit, CimsDbContext db)
{
    /// <summary>Turns two-step sign-in off; does nothing (and records nothing) when it is already off.</summary>
    public async Task DisableAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await signIn.UserManager.RequireUserAsync(principal);
        if (!user.TwoFactorEnabled)
            return;
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, false);
        audit.Record("account.2fa_disabled", "User", user.Id, "Two-step sign-in turned off by the user.");
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
    }

    /// <summary>Turns two-step sign-in off and makes a new key, so the old app's codes stop working.</summary>
    public async Task ResetAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await signIn.UserManager.RequireUserAsync(principal);
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, false);
        await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
        audit.Record("account.2fa_reset", "User", user.Id, "Authenticator app reset by the user; a new key was made and two-step sign-in is off until it is set up again.");
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
    }
}
