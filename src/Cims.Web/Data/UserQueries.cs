using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data;

/// <summary>Queries about users that several features share.</summary>
public static class UserQueries
{
    /// <summary>The active users who hold <paramref name="role"/> (read only); callers narrow it to an organisation.</summary>
    public static IQueryable<CimsUser> ActiveUsersInRole(this CimsDbContext db, string role) =>
        db.Users.AsNoTracking().Where(u => u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
}
