using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// Stops a user signing in and ends their sessions (new security stamp); their records keep their name. Nobody
/// deactivates themselves, nor their organisation's last administrator.
/// </summary>
public sealed class DeactivateUser(CimsDbContext db, UserManager<CimsUser> users, AuditLog audit, AdministratorGuard guard)
{
    public async Task<Result> RunAsync(ClaimsPrincipal actor, string id, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return UserErrors.NotFound;
        if (user.Id == actor.UserId())
            return UserErrors.CannotDeactivateSelf;
        if (!user.IsActive)
            return UserErrors.AlreadyInactive;
        if (await guard.CheckDeactivationAsync(user, ct) is { } lastAdministrator)
            return lastAdministrator;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.IsActive = false;
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } failed)
            return UserErrors.From(failed);
        audit.Record("user.deactivated", UserErrors.EntityType, id, AuditLog.Changes(("Active", "yes", "no")));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }
}

public sealed class ReactivateUser(CimsDbContext db, UserManager<CimsUser> users, AuditLog audit)
{
    public async Task<Result> RunAsync(ClaimsPrincipal actor, string id, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return UserErrors.NotFound;
        if (user.IsActive)
            return UserErrors.AlreadyActive;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.IsActive = true;
        if (await users.UpdateAsync(user) is { Succeeded: false } failed)
            return UserErrors.From(failed);
        audit.Record("user.reactivated", UserErrors.EntityType, id, AuditLog.Changes(("Active", "no", "yes")));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }
}

/// <summary>Sends a fresh invitation to an active user who has not yet chosen a password.</summary>
public sealed class ResendInvitation(CimsDbContext db, SendInvitation invitation)
{
    public async Task<Result> RunAsync(ClaimsPrincipal actor, string id, InvitationLink link, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return UserErrors.NotFound;
        if (!user.IsActive)
            return UserErrors.AlreadyInactive;
        if (user.PasswordHash is not null)
            return UserErrors.InvitationAccepted;
        return await invitation.RunAsync(user, link, ct);
    }
}
