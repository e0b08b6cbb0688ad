using System.Security.Claims;
using System.Text.Encodings.Web;
using Cims.Domain.Common;
using Cims.Web.Infrastructure.Email;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>
/// "Start a client incident": a client incident belongs to the organisation that delivered the service, and only its
/// own staff may report one, so the department does not create it. It e-mails the reporting officer asking them to
/// report it in CIMS quoting the privacy report number, and records the request in the report's history.
/// </summary>
public sealed class AskForClientIncident(AssessPrivacyReport assess, EmailSender email, ILogger<AskForClientIncident> logger)
{
    public const string Action = "privacy.incident_requested";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public Task<Result<string>> RunAsync(int id, AskForIncidentForm form, ClaimsPrincipal user, string reportUrl, CancellationToken ct) =>
        assess.ApplyAsync(id, form, user, Action, async (report, by, now) =>
        {
            var officer = report.Officer!;
            var noted = report.AddNote(
                $"Asked the reporting officer, {officer.GivenName} {officer.Surname} ({officer.Email}), by e-mail to report this privacy incident as a client incident in CIMS, quoting {report.ReportNumber}.",
                by, now);
            if (noted.Failed)
                return (noted, "");
            try
            {
                await email.SendAsync(officer.Email, $"Please report privacy incident {report.ReportNumber} as a client incident", Body(report, by.Name, reportUrl), ct);
            }
            catch (EmailNotSentException)
            {
                logger.LogWarning("E-mail to the reporting officer of privacy report {ReportId} not sent", id);
                return (PrivacyDepartmentErrors.MailFailed, "");
            }

            return (noted, $"E-mail sent to {officer.Email} asking for a client incident report.");
        }, ct);

    private static string Body(Report report, string from, string reportUrl) => $"""
        <p>Hello {Html.Encode(report.Officer!.GivenName)},</p>
        <p>Thank you for privacy incident report <strong>{Html.Encode(report.ReportNumber ?? "")}</strong>. A client was impacted, so the
        department also needs it reported as a client incident.</p>
        <p>Please ask someone in your organisation with a CIMS account to report it as a client incident
        (<a href="{Html.Encode(reportUrl)}">Report an incident</a>) and to quote the privacy incident report number
        {Html.Encode(report.ReportNumber ?? "")} in the incident description. The department will link the two reports.</p>
        <p>{Html.Encode(from)}, Department privacy officer</p>
        <p>CIMS – Client Incident Management System</p>
        """;
}
