using Cims.Web.Data;
using Cims.Web.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Notifications;

/// <summary>
/// Claims a reminder for this run, so that several nodes, restarts and retries never send it twice: a new key is
/// claimed by inserting its row with one notification per recipient (one transaction; losing the unique index to
/// another node means it is theirs); a key whose last attempt failed is claimed again by raising its attempt count
/// only if nobody raised it first. A row claimed but neither sent nor failed (a node stopped mid-send) is never
/// retried: its users still see it in the app, and nobody gets it twice.
/// </summary>
public sealed class ReminderOutbox(CimsDbContext db)
{
    /// <summary>The reminder's id when this run owns it (to send), else null.</summary>
    public async Task<int?> ClaimAsync(ReminderItem item, ReminderStep step, Func<Task<IReadOnlyList<Recipient>>> recipients, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.Reminders.AsNoTracking()
            .Where(r => r.ItemKind == item.ItemKind && r.ItemId == item.ItemId && r.DueOn == item.DueOn && r.Kind == step.Kind)
            .Select(r => new { r.Id, r.SentAt, r.Attempts, r.LastFailedAt }).SingleOrDefaultAsync(ct);
        if (existing is null)
            return await InsertAsync(item, step, await recipients(), now, ct);
        if (existing.SentAt is not null || existing.LastFailedAt is null || existing.Attempts >= Reminder.MaxAttempts)
            return null;
        var claimed = await db.Reminders.Where(r => r.Id == existing.Id && r.Attempts == existing.Attempts && r.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Attempts, existing.Attempts + 1).SetProperty(r => r.LastFailedAt, (DateTimeOffset?)null), ct);
        return claimed == 1 ? existing.Id : null;
    }

    private async Task<int?> InsertAsync(ReminderItem item, ReminderStep step, IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken ct)
    {
        var reminder = Reminder.Claim(item.ItemKind, item.ItemId, item.DueOn, step.Kind, Subject(item, step), now);
        reminder.Notifications.AddRange(recipients.Select(r => Notification.For(r.UserId, $"Sent because {item.What} {step.Timing} and {r.Role}.", item.Href, now)));
        db.Reminders.Add(reminder);
        try
        {
            await db.SaveChangesAsync(ct);
            return reminder.Id;
        }
        catch (DbUpdateException ex) when (ConcurrentSave.IsUniqueViolation(ex))
        {
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public static string Subject(ReminderItem item, ReminderStep step) =>
        $"{(step.Escalated ? "Escalated" : "Reminder")}: {item.What} {step.Timing}";
}
