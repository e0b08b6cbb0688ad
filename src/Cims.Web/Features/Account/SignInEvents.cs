using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Account;

/// <summary>
/// The security events of signing in (ADR 0046): each succeeded or failed attempt, and each lockout, about the account
/// when there is one. An address typed that is no account is never stored: the entry names it by a keyed hash
/// ("A-" and ten characters), the same for the same address, so repeated tries of one address show as such.
/// A successful sign-in also becomes the user's last sign-in time (unused accounts are flagged from it, ADR 0049).
/// </summary>
public sealed class SignInEvents(SecurityEvents events, UnknownAccounts unknown, CimsDbContext db, TimeProvider clock)
{
    public async Task SucceededAsync(CimsUser user, string how)
    {
        var now = clock.GetUtcNow();
        // One column, written directly: the user's ConcurrencyStamp stays, so an administrator's open edit is not stale.
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now));
        await events.RecordForAsync(user, SecurityActions.SignInSucceeded, "User", user.Id, how);
    }

    public Task FailedAsync(CimsUser? user, string email, string why) => ForAsync(user, email, SecurityActions.SignInFailed, why);

    public Task LockedOutAsync(CimsUser? user, string email, string why) => ForAsync(user, email, SecurityActions.Lockout, why);

    private async Task ForAsync(CimsUser? user, string email, string action, string why)
    {
        if (user is not null)
        {
            await events.RecordForAsync(user, action, "User", user.Id, why);
            return;
        }

        var key = await unknown.KeyAsync(email);
        await events.RecordForAsync(null, action, UnknownAccounts.EntityType, key, $"{why} No account has the address typed (its key: {key}).");
    }
}
