using System.Text.Encodings.Web;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>
/// E-mails the reporter when the delegate returns or endorses their report. The change is already
/// saved: a mail failure is logged, not shown as an error.
/// </summary>
public sealed class EndorsementMail(
    CimsDbContext db, EmailSender email, PublicLinks links, ILogger<EndorsementMail> logger)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public Task ReturnedAsync(Incident incident, CancellationToken ct) => SendAsync(
        incident, "Your CIMS incident report was returned for correction",
        $"""
        <p>Your authorised delegate returned your incident report for correction. Their reason:</p>
        <blockquote>{Html.Encode(incident.ReturnReason ?? "")}</blockquote>
        <p>Correct the report and submit it again: <a href="{Html.Encode(Link(incident))}">open the incident</a>.</p>
        """, ct);

    public Task EndorsedAsync(Incident incident, CancellationToken ct) => incident.Number is { } number
        ? SendAsync(incident, $"Incident {number} submitted to the department",
            $"""
            <p>Your incident report was endorsed and submitted to the department. Its incident number is <strong>{Html.Encode(number)}</strong>.</p>
            <p><a href="{Html.Encode(Link(incident))}">Open the incident</a></p>
            """, ct)
        : SendAsync(incident, "Your CIMS incident report was endorsed",
            $"""
            <p>Your incident report was endorsed; it will go in the monthly batch of non-major incidents and gets its number then.</p>
            <p><a href="{Html.Encode(Link(incident))}">Open the incident</a></p>
            """, ct);

    private async Task SendAsync(Incident incident, string subject, string body, CancellationToken ct)
    {
        var reporter = await db.Users.Where(u => u.Id == incident.ReporterUserId)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
        if (reporter?.Email is null)
            return;
        try
        {
            await email.SendAsync(reporter.Email, subject, $"<p>Hello {Html.Encode(reporter.DisplayName)},</p>{body}<p>CIMS – Client Incident Management System</p>", ct);
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("E-mail to the reporter of incident {IncidentId} not sent", incident.Id);
        }
    }

    private string Link(Incident incident) => links.For($"/Incidents/{incident.Id}");
}
