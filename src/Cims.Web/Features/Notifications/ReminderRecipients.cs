using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Notifications;

/// <summary>A user a reminder goes to, and why them.</summary>
public sealed record Recipient(string UserId, string Role);

/// <summary>The active users of each audience of a reminder step, each user once (under the first audience that names them).</summary>
public sealed class ReminderRecipients(CimsDbContext db)
{
    public async Task<IReadOnlyList<Recipient>> ForAsync(ReminderItem item, ReminderStep step, CancellationToken ct)
    {
        var recipients = new List<Recipient>();
        foreach (var audience in step.Audiences)
        {
            var role = Role(audience, step.Escalated && audience != item.Responsible, item.ItemKind.StartsWith("Review", StringComparison.Ordinal));
            foreach (var userId in await UsersAsync(audience, item, ct))
            {
                if (!recipients.Exists(r => r.UserId == userId))
                    recipients.Add(new Recipient(userId, role));
            }
        }

        return recipients;
    }

    private Task<List<string>> UsersAsync(Audience audience, ReminderItem item, CancellationToken ct) => audience switch
    {
        Audience.Manager => db.Users.AsNoTracking().Where(u => u.Id == item.ManagerId && u.IsActive).Select(u => u.Id).ToListAsync(ct),
        Audience.Delegates => InRole(Roles.AuthorisedDelegate).Where(u => u.OrganisationId == item.OrganisationId).Select(u => u.Id).ToListAsync(ct),
        _ => InRole(Roles.DepartmentStaff)
            .Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && o.Kind == OrganisationKind.Department)).Select(u => u.Id).ToListAsync(ct),
    };

    private IQueryable<Infrastructure.Identity.CimsUser> InRole(string role) => db.ActiveUsersInRole(role).OrderBy(u => u.Id);

    private static string Role(Audience audience, bool escalated, bool review) => audience switch
    {
        Audience.Manager => review ? "you are its review manager" : "you are its investigation manager",
        Audience.Delegates => "you are an authorised delegate of its organisation" + (escalated ? " (escalated to you)" : ""),
        _ => "you are department staff" + (escalated ? " (escalated to the department)" : ""),
    };
}
