using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Pdf;

/// <summary>The report's own sections, in the order of the form.</summary>
internal static class IncidentPdfSections
{
    public static void Service(PdfReportWriter pdf, Incident incident, IncidentPdfNames names)
    {
        pdf.Heading("Service details");
        pdf.Field("Occurred during service delivery", IncidentPdf.YesNo(incident.DuringServiceDelivery));
        pdf.Field("Area", names.Area);
        pdf.Field("Program", names.Program);
        pdf.Field("Service type", names.ServiceType);
        pdf.Field("Address of service delivery", incident.Service?.ServiceAddress?.ToString());
        pdf.Field("Address typed by hand", incident.Service is null ? null : IncidentPdf.YesNo(incident.Service.ManualAddress));
    }

    public static void Officer(PdfReportWriter pdf, ReportingOfficer? officer)
    {
        pdf.Heading("Reporting officer");
        pdf.Field("Name", officer is null ? null : $"{officer.GivenName} {officer.Surname}");
        pdf.Field("Job title", officer?.JobTitle);
        pdf.Field("Telephone", officer?.Telephone);
        pdf.Field("E-mail", officer?.Email);
        pdf.Field("Line manager", officer?.LineManagerName);
    }

    public static void Dates(PdfReportWriter pdf, IncidentDates? dates, IncidentPdfNames names)
    {
        pdf.Heading("Incident dates");
        if (dates is null)
        {
            pdf.Paragraph("Not yet entered.");
            return;
        }

        pdf.Field("Incident date", $"{dates.OccurredOn.Display()} ({IncidentPdf.Accuracy(names, dates.DateAccuracy)})");
        pdf.Field("Incident time", $"{dates.OccurredAtTime.ToString("h:mm tt", MelbourneTime.Culture)} ({IncidentPdf.Accuracy(names, dates.TimeAccuracy)})");
        pdf.Field("Disclosed or became aware", dates.AwareAt.Display());
    }

    public static void Description(PdfReportWriter pdf, Incident incident, IncidentPdfNames names)
    {
        var details = incident.Details;
        pdf.Heading("Incident description");
        pdf.Field("Location", details?.Location);
        pdf.Field("Description", details?.Description);
        pdf.Field("Impact", details?.Impact.Display());
        pdf.Field("Primary incident type", names.PrimaryType);
        pdf.Field("Secondary incident type", names.SecondaryType);
    }

    public static void Actions(PdfReportWriter pdf, ImmediateActions? actions, IncidentPdfNames names)
    {
        pdf.Heading("Immediate actions");
        var taken = actions?.Taken.Select(code => names.Option(OptionLists.ImmediateAction, code)).ToList() ?? [];
        pdf.Field("Actions taken", taken.Count == 0 ? null : string.Join("\n", taken));
        pdf.Field("Police notified", actions?.PoliceNotifiedAt?.Display());
        pdf.Field("Police reference", actions?.PoliceReference);
        pdf.Field("Other details", actions?.OtherDetails);
    }
}
