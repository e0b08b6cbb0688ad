using System.Text.Encodings.Web;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.ReporterSummary;

/// <summary>The reporter's name and e-mail address (their account's).</summary>
public sealed record ReporterContact(string Name, string? Email);

/// <summary>E-mails the outcome summary to the reporter's account address; a failure is a value the delegate sees.</summary>
public sealed class ReporterSummaryMail(CimsDbContext db, EmailSender email, PublicLinks links, ILogger<ReporterSummaryMail> logger)
{
    public static readonly Error NoAddress = new(
        "incident.summary_no_address", "The reporter's account has no e-mail address, so the summary was not sent. Ask your organisation administrator to add it.");

    public static readonly Error MailFailed = new(
        "incident.summary_mail_failed", "The e-mail to the reporter could not be sent, so the summary was not recorded. Your text is kept below: try again later.");

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Subject(Incident incident) => $"Outcome of incident {incident.Number ?? incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public async Task<ReporterContact?> ReporterAsync(Incident incident, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == incident.ReporterUserId)
            .Select(u => new ReporterContact(u.DisplayName, u.Email)).SingleOrDefaultAsync(ct);

    public async Task<Result> SendAsync(Incident incident, CancellationToken ct)
    {
        var reporter = await ReporterAsync(incident, ct);
        if (reporter?.Email is not { } address)
            return NoAddress;
        try
        {
            await email.SendAsync(address, Subject(incident), Body(incident, reporter.Name), ct);
            return Result.Ok();
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("Outcome summary of incident {IncidentId} not e-mailed to the reporter", incident.Id);
            return MailFailed;
        }
    }

    private string Body(Incident incident, string name) => $"""
        <p>Hello {Html.Encode(name)},</p>
        <p>The incident you reported, {Html.Encode(incident.Number ?? "")}, is closed. Your organisation's authorised delegate, {Html.Encode(incident.ReporterSummaryByName ?? "")}, wrote this summary of what happened:</p>
        <blockquote>{string.Join("<br>", (incident.ReporterSummary ?? "").ReplaceLineEndings("\n").Split('\n').Select(Html.Encode))}</blockquote>
        <p><a href="{Html.Encode(links.For($"/Incidents/{incident.Id}"))}">Open the incident</a></p>
        <p>CIMS – Client Incident Management System</p>
        """;
}
