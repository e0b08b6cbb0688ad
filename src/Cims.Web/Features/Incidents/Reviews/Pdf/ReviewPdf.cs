using System.Globalization;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations.Pdf;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Reviews.Pdf;

/// <summary>
/// The case review report and the RCA review report as PDFs, from the engine of the incident report, with the
/// template's sections. The service details and the incident summary come from the incident report, as in the
/// investigation's PDFs. Dates and times are Melbourne time.
/// </summary>
public static class ReviewPdf
{
    public static byte[] Render(ReviewPage page, string organisation, IReadOnlyDictionary<string, string> factorNames, string printedBy, DateTimeOffset printedAt)
    {
        var (r, i, names) = (page.Review, page.Incident.Incident, page.Incident.Names);
        var title = $"{(r.Kind == ReviewKind.CaseReview ? "Case review report" : "RCA review report")} – incident {i.Number}";
        using var pdf = new PdfReportWriter(title, $"CIMS – printed {printedAt.Display()} by {printedBy}");
        pdf.Title(title);
        pdf.Field("Status", r.Status.Display());
        InvestigationPdf.Service(pdf, organisation, names, i);
        pdf.Heading(r.Kind == ReviewKind.CaseReview ? "Case review manager details" : "Review manager details");
        pdf.Field("Reviewed by", r.Manager.Describe());
        pdf.Field("Contact", r.Manager.IsExternal ? r.Manager.ExternalContact : r.Manager.Email);
        pdf.Field("Joint review with the department", r.JointWithDepartment ? "Yes" : "No");
        InvestigationPdf.Summary(pdf, i, names);
        if (r.Kind == ReviewKind.CaseReview)
            CaseReview(pdf, r);
        else
            RcaReview(pdf, r, factorNames);
        pdf.Heading(r.Kind == ReviewKind.CaseReview ? "Endorsement" : "Approval");
        pdf.Paragraph(r.ApprovedAt is { } at ? $"Approved by {r.ApprovedBy} (CEO or senior delegate) on {at.Display()}." : $"Not yet approved: {r.Status.Display().ToLowerInvariant()}.");
        return pdf.ToBytes();
    }

    private static void CaseReview(PdfReportWriter pdf, Review r)
    {
        var c = r.CaseReport;
        pdf.Heading("Review period");
        pdf.Paragraph(c.PeriodFrom is { } from && c.PeriodTo is { } to ? $"{from.Display()} to {to.Display()}" : "Not yet written.");
        Section(pdf, "Incident details", c.IncidentDetails);
        Section(pdf, "Defining the problem", c.Problem);
        Section(pdf, "Rationale", c.Rationale);
        Section(pdf, "Methodology", c.Methodology);
        Section(pdf, "Interviews", c.Interviews);
        Section(pdf, "Documentary and other evidence", c.Evidence);
        Section(pdf, "Assessment and key issues", c.Assessment);
        Actions(pdf, "Action plan", r.Actions);
    }

    private static void RcaReview(PdfReportWriter pdf, Review r, IReadOnlyDictionary<string, string> factorNames)
    {
        Section(pdf, "Review team", r.RcaReport.Team);
        pdf.Heading("Timeline");
        foreach (var t in r.Timeline.OrderBy(t => t.OccurredOn).ThenBy(t => t.OccurredAt).ThenBy(t => t.Number))
            pdf.Field($"{t.OccurredOn.Display()}{(t.OccurredAt is { } at ? " " + at.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}", t.Description);
        if (r.Timeline.Count == 0)
            pdf.Paragraph("None recorded.");
        pdf.Heading("Root causes");
        foreach (var c in r.RootCauses.OrderBy(c => c.Number))
            pdf.Field($"Root cause {c.Number}", c.Text);
        if (r.RootCauses.Count == 0)
            pdf.Paragraph("None recorded.");
        pdf.Heading("Contributing factors");
        var factors = r.ContributingFactors.Select(c => factorNames.TryGetValue(c, out var n) ? n : c)
            .Concat(r.OtherContributingFactors is { } other ? [$"Other: {other}"] : []).ToList();
        pdf.Paragraph(factors.Count == 0 ? "None recorded." : string.Join("; ", factors));
        Section(pdf, "RCA report (findings)", r.RcaReport.Summary);
        Actions(pdf, "Response plan", r.Actions);
    }

    private static void Section(PdfReportWriter pdf, string heading, string? text)
    {
        pdf.Heading(heading);
        pdf.Paragraph(string.IsNullOrWhiteSpace(text) ? "Not yet written." : text);
    }

    private static void Actions(PdfReportWriter pdf, string heading, IReadOnlyList<Recommendation> actions)
    {
        pdf.Heading(heading);
        foreach (var a in actions.OrderBy(a => a.Number))
            pdf.Field($"Action {a.Number}", $"{a.Text} Owner: {a.Owner}; due {a.DueOn.Display()}; {a.Status.Display()}{(a.StatusNote is { } note ? $" – {note}" : "")}.");
        if (actions.Count == 0)
            pdf.Paragraph("No actions yet.");
    }
}
