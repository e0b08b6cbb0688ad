using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

/// <summary>Changes a user's name and roles, unless someone else changed the user first (ConcurrencyStamp).</summary>
public sealed class EditUser(CimsDbContext db, UserManager<CimsUser> users, AuditLog audit, AdministratorGuard guard)
{
    public async Task<Result> RunAsync(ClaimsPrincipal actor, string id, UserEditForm form, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return UserErrors.NotFound;
        if (user.ConcurrencyStamp != form.ConcurrencyStamp)
            return UserErrors.Concurrency;
        var kind = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Kind).SingleAsync(ct);
        var current = await users.GetRolesAsync(user);
        var wanted = (form.Roles ?? []).Distinct().ToList();
        var toAdd = wanted.Except(current).ToList();
        var toRemove = current.Except(wanted).ToList();
        if ((RoleRules.Check(actor, kind, toAdd) ?? CheckRemovals(actor, user, toRemove)
                ?? await guard.CheckRoleRemovalAsync(user, toRemove, ct)) is { } roleError)
            return roleError;
        var oldName = user.DisplayName;
        user.DisplayName = form.DisplayName!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.UpdateAsync(user) is { Succeeded: false } updated)
            return UserErrors.From(updated);
        if (toRemove.Count > 0 && await users.RemoveFromRolesAsync(user, toRemove) is { Succeeded: false } removed)
            return UserErrors.From(removed);
        if (toAdd.Count > 0 && await users.AddToRolesAsync(user, toAdd) is { Succeeded: false } added)
            return UserErrors.From(added);
        if (AuditLog.Changes(("Name", oldName, user.DisplayName)) is { } nameChange)
            audit.Record("user.updated", UserErrors.EntityType, id, nameChange);
        if (toAdd.Count + toRemove.Count > 0)
            audit.Record("user.roles_changed", UserErrors.EntityType, id, AuditLog.Changes(("Roles", RoleRules.Describe(current), RoleRules.Describe(wanted))));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    private static Error? CheckRemovals(ClaimsPrincipal actor, CimsUser user, List<string> toRemove)
    {
        if (!actor.IsCimsAdministrator() && toRemove.Any(r => !Roles.Provider.Contains(r)))
            return UserErrors.OnlyProviderRoles;
        if (user.Id == actor.UserId() && toRemove.Any(r => r is Roles.CimsAdministrator or Roles.OrganisationAdmin))
            return UserErrors.CannotRemoveOwnAdminRole;
        return null;
    }
}
