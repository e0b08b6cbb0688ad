using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// An administrator resets a user's authenticator app (a lost phone): a new key nobody has scanned, two-step sign-in
/// off, and a new security stamp, so every session of the user ends. They set the app up again when they next sign in.
/// </summary>
public sealed class ResetUserAuthenticator(CimsDbContext db, UserManager<CimsUser> users, AuditLog audit)
{
    public async Task<Result> RunAsync(ClaimsPrincipal actor, string id, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return UserErrors.NotFound;
        if (user.Id == actor.UserId())
            return UserErrors.ResetOwnAuthenticator;
        if (!user.TwoFactorEnabled)
            return UserErrors.NoAuthenticator;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.SetTwoFactorEnabledAsync(user, false) is { Succeeded: false } disabled)
            return UserErrors.From(disabled);
        if (await users.ResetAuthenticatorKeyAsync(user) is { Succeeded: false } reset)
            return UserErrors.From(reset);
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } stamped)
            return UserErrors.From(stamped);
        audit.Record("account.2fa_reset", UserErrors.EntityType, id,
            "Authenticator app reset by an administrator; the user was signed out and sets the app up again at their next sign-in.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }
}
