using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Account.Manage;

/// <summary>Sets up an authenticator app: shows the shared key, checks a first code, turns two-step sign-in on.</summary>
public sealed class AuthenticatorSetup(SignInManager<CimsUser> signIn, AuditLog audit, CimsDbContext db)
{
    public const int RecoveryCodeCount = 10;

    private UserManager<CimsUser> Users => signIn.UserManager;

    public async Task<bool> IsEnabledAsync(ClaimsPrincipal principal) =>
        (await Users.RequireUserAsync(principal)).TwoFactorEnabled;

    /// <summary>
    /// Makes the user's authenticator key if they have none yet (before the page shows it). When another session of the
    /// user made one at the same moment, theirs is stored and this one is dropped: the page shows the stored key.
    /// </summary>
    public async Task EnsureKeyAsync(ClaimsPrincipal principal)
    {
        var user = await Users.RequireUserAsync(principal);
        if (!string.IsNullOrEmpty(await Users.GetAuthenticatorKeyAsync(user)))
            return;
        if (!await TryMakeKeyAsync(user))
        {
            db.ChangeTracker.Clear(); // the unsaved key and user would otherwise be read back instead of the stored ones
            user = await Users.RequireUserAsync(principal);
            if (string.IsNullOrEmpty(await Users.GetAuthenticatorKeyAsync(user)))
                throw new InvalidOperationException("The authenticator key could not be stored, and no other session stored one.");
        }

        await signIn.RefreshSignInAsync(user); // the key changed the security stamp: this session takes the new one
    }

    /// <summary>False when the key was not stored: another session inserted the user's key first (same primary key) or changed the user.</summary>
    private async Task<bool> TryMakeKeyAsync(CimsUser user)
    {
        try
        {
            return (await Users.ResetAuthenticatorKeyAsync(user)).Succeeded;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>The user's authenticator key as the app needs it (made earlier by <see cref="EnsureKeyAsync"/>).</summary>
    public async Task<AuthenticatorKey> LoadKeyAsync(ClaimsPrincipal principal)
    {
        var user = await Users.RequireUserAsync(principal);
        var key = await Users.GetAuthenticatorKeyAsync(user)
            ?? throw new InvalidOperationException("The user has no authenticator key yet.");
        return AuthenticatorKey.For(user.Email!, key);
    }

    /// <summary>Turns two-step sign-in on when the code matches, and returns new recovery codes to show once.</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(ClaimsPrincipal principal, string code, CancellationToken ct)
    {
        var user = await Users.RequireUserAsync(principal);
        var valid = await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCode.Normalise(code));
        if (!valid)
            return AccountErrors.WrongCode;
        await Users.SetTwoFactorEnabledAsync(user, true);
        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        audit.Record("account.2fa_enabled", "User", user.Id, "Authenticator app set up; new recovery codes issued.");
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
        return Result<IReadOnlyList<string>>.Ok([.. codes ?? []]);
    }
}
