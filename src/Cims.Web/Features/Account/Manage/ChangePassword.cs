using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account.Manage;

/// <summary>Changes the signed-in user's password and keeps them signed in on this device.</summary>
public sealed class ChangePassword(SignInManager<CimsUser> signIn, AuditLog audit, CimsDbContext db)
{
    public async Task<IReadOnlyList<Error>> ChangeAsync(ClaimsPrincipal principal, ChangePasswordForm form, CancellationToken ct)
    {
        var user = await signIn.UserManager.RequireUserAsync(principal);
        var result = await signIn.UserManager.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
            return AccountErrors.FromIdentity(result, nameof(form.NewPassword), nameof(form.CurrentPassword));
        audit.Record("account.password_changed", "User", user.Id, "Password changed by the user.");
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
        return [];
    }
}
