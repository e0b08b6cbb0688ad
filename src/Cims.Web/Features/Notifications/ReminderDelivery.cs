using System.Text.Encodings.Web;
using Cims.Web.Data;
using Cims.Web.Data.Notifications;
using Cims.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Notifications;

/// <summary>
/// E-mails a claimed reminder to each of its recipients not yet e-mailed, marking each one as it goes, then the
/// reminder as sent; if a send fails, the reminder is marked failed for the next run to retry the rest.
/// </summary>
public sealed class ReminderDelivery(CimsDbContext db, EmailSender email, PublicLinks links, TimeProvider time)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>True when every recipient has had the e-mail.</summary>
    public async Task<bool> DeliverAsync(int reminderId, CancellationToken ct)
    {
        var subject = await db.Reminders.Where(r => r.Id == reminderId).Select(r => r.Subject).SingleAsync(ct);
        var pending = await db.Notifications.AsNoTracking().Where(n => n.ReminderId == reminderId && n.EmailedAt == null)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Id, n.Reason, n.Href, u.Email, u.DisplayName })
            .OrderBy(n => n.Id).ToListAsync(ct);
        string? error = null;
        foreach (var n in pending)
        {
            try
            {
                if (n.Email is not null)
                    await email.SendAsync(n.Email, subject, Body(n.DisplayName, n.Reason, n.Href), ct);
                await db.Notifications.Where(x => x.Id == n.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailedAt, time.GetUtcNow()), ct);
            }
            catch (EmailNotSentException ex)
            {
                error = ex.Message;
            }
        }

        await (error is null
            ? db.Reminders.Where(r => r.Id == reminderId).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, time.GetUtcNow()), ct)
            : db.Reminders.Where(r => r.Id == reminderId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastFailedAt, time.GetUtcNow())
                .SetProperty(r => r.LastError, error.Length > Reminder.ErrorMaxLength ? error[..Reminder.ErrorMaxLength] : error), ct));
        return error is null;
    }

    private string Body(string name, string reason, string href) =>
        $"<p>Hello {Html.Encode(name)},</p><p>{Html.Encode(reason)}</p>" +
        $"<p><a href=\"{Html.Encode(links.For(href))}\">Open it in CIMS</a> · <a href=\"{Html.Encode(links.For("/Notifications"))}\">Your notifications</a></p>" +
        "<p>CIMS – Client Incident Management System</p>";
}
