using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account;

/// <summary>Sets a new password from an e-mailed link, then unlocks the account.</summary>
public sealed class ResetPassword(UserManager<CimsUser> users, InvitationTokens invitations, AuditLog audit, CimsDbContext db)
{
    public async Task<bool> IsLinkValidAsync(string? userId, string? code)
    {
        var (user, token) = await FindAsync(userId, code);
        return user is not null && (await invitations.IsInvitationAsync(user, token!) || await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<CimsUser>.ResetPasswordTokenPurpose, token!));
    }

    public async Task<IReadOnlyList<Error>> ResetAsync(ResetPasswordForm form, CancellationToken ct)
    {
        var (user, token) = await FindAsync(form.UserId, form.Code);
        if (user is null)
            return [AccountErrors.InvalidLink];
        // An invitation sets the first password (which changes the security stamp, so the link works once).
        var invited = await invitations.IsInvitationAsync(user, token!);
        var result = invited ? await users.AddPasswordAsync(user, form.Password!) : await users.ResetPasswordAsync(user, token!, form.Password!);
        if (!result.Succeeded)
            return AccountErrors.FromIdentity(result, nameof(form.Password));
        audit.Record("account.password_reset", "User", user.Id, invited
            ? "First password chosen with an e-mailed invitation; lockout cleared."
            : "Password reset with an e-mailed link; lockout cleared.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private async Task<(CimsUser? User, string? Token)> FindAsync(string? userId, string? code)
    {
        var token = PasswordResetLink.Decode(code);
        if (token is null || string.IsNullOrWhiteSpace(userId))
            return (null, null);
        return (await users.FindByIdAsync(userId), token);
    }
}
