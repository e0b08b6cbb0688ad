using System.Text.Encodings.Web;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// One e-mail to one user about an investigation or a review, with the link to its page. The step it tells of is
/// already saved: a mail failure is logged, not shown as an error.
/// </summary>
public sealed class WorkMail(CimsDbContext db, EmailSender email, PublicLinks links, ILogger<WorkMail> logger)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public async Task ToUserAsync(string userId, ClockedWork work, string subject, string body, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
        if (user?.Email is null)
            return;
        var kind = ClockKind.Of(work);
        var link = links.For(ClockKind.Href(work));
        try
        {
            await email.SendAsync(user.Email, subject,
                $"<p>Hello {Html.Encode(user.DisplayName)},</p>{body}<p><a href=\"{Html.Encode(link)}\">Open the {kind.KindNoun}</a></p><p>CIMS – Client Incident Management System</p>", ct);
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("E-mail about {Work} {WorkId} not sent", kind.EntityType, work.Id);
        }
    }
}
