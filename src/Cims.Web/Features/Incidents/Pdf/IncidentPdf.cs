using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Pdf;

/// <summary>
/// Turns an incident into the PDF copy of its report: every section, the people involved, addendums
/// and the status history. Dates and times are Melbourne time in the en-AU culture, whatever the server's.
/// </summary>
public static class IncidentPdf
{
    public static string Title(Incident incident) =>
        $"Client incident report {incident.Number ?? (incident.Status == IncidentStatus.Draft ? "Draft" : "Not yet submitted")}";

    public static string FileName(Incident incident) =>
        incident.Number is { } number ? $"{number}.pdf" : Text($"incident-{incident.Id}-draft.pdf");

    public static byte[] Render(Incident incident, IncidentPdfNames names, string printedBy, DateTimeOffset printedAt)
    {
        using var pdf = new PdfReportWriter(Title(incident), $"CIMS – printed {printedAt.Display()} by {printedBy}");
        pdf.Title(Title(incident));
        Overview(pdf, incident, names);
        IncidentPdfSections.Service(pdf, incident, names);
        IncidentPdfSections.Officer(pdf, incident.Officer);
        IncidentPdfSections.Dates(pdf, incident.Dates, names);
        IncidentPdfSections.Description(pdf, incident, names);
        IncidentPdfSections.Actions(pdf, incident.Actions, names);
        IncidentPdfPeople.Clients(pdf, incident.Clients, names);
        IncidentPdfPeople.Others(pdf, incident.Others);
        IncidentPdfPeople.Addendums(pdf, incident.Addendums);
        IncidentPdfPeople.History(pdf, incident.History);
        return pdf.ToBytes();
    }

    private static void Overview(PdfReportWriter pdf, Incident incident, IncidentPdfNames names)
    {
        pdf.Field("Status", incident.Status.Display());
        pdf.Field("Policy profile", incident.Profile.Describe());
        pdf.Field("Organisation", names.Organisation);
        pdf.Heading("Clock");
        pdf.Field("Report due", incident.DueAt?.Display());
        pdf.Field("Rule", incident.DueRule);
        pdf.Field("Endorsed", incident.EndorsedAt?.Display());
        pdf.Field("Submitted to the department", incident.SubmittedAt?.Display());
        if (incident.FollowUp is { } followUp)
        {
            pdf.Field("Follow-up", followUp.Display());
            pdf.Field("Follow-up due", incident.FollowUpDueAt?.Display() ?? "No deadline");
            pdf.Field("Follow-up rule", incident.FollowUpRule);
        }
    }

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => "—" };

    /// <summary>Formats with the en-AU culture.</summary>
    public static string Text(FormattableString text) => text.ToString(MelbourneTime.Culture);

    public static string Accuracy(IncidentPdfNames names, string code) => names.Option(OptionLists.DateAccuracy, code);
}
