using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// Keeps an active organisation administrator in every organisation that has one: the CIMS administrator cannot take
/// the role from the last one, nor deactivate them (an administrator acting on themselves is refused before this).
/// </summary>
public sealed class AdministratorGuard(CimsDbContext db)
{
    /// <summary>An error when removing <paramref name="toRemove"/> would leave the user's organisation without an administrator.</summary>
    public async Task<Error?> CheckRoleRemovalAsync(CimsUser user, IEnumerable<string> toRemove, CancellationToken ct) =>
        user.IsActive && toRemove.Contains(Roles.OrganisationAdmin) && await IsLastAsync(user, ct) ? UserErrors.LastAdministratorRole : null;

    /// <summary>An error when deactivating the user would leave their organisation without an administrator.</summary>
    public async Task<Error?> CheckDeactivationAsync(CimsUser user, CancellationToken ct)
    {
        var holds = await db.UserRoles.AnyAsync(
            ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganisationAdmin), ct);
        return holds && await IsLastAsync(user, ct) ? UserErrors.LastAdministratorDeactivation : null;
    }

    private async Task<bool> IsLastAsync(CimsUser user, CancellationToken ct) =>
        !await db.ActiveUsersInRole(Roles.OrganisationAdmin).AnyAsync(u => u.OrganisationId == user.OrganisationId && u.Id != user.Id, ct);
}
