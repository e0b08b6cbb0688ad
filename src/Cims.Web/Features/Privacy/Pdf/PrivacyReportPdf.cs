using Cims.Domain.Privacy;
using Cims.Web.Features.Privacy.Submission;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Pdf;

/// <summary>
/// The PDF copy of a submitted privacy incident report: number, submission time and status, every stage's
/// fields with the guide's labels, every person impacted, the uploaded files' names and the declaration.
/// Times are Melbourne time in the en-AU culture, whatever the server's.
/// </summary>
public static class PrivacyReportPdf
{
    public const string Title = "Privacy Incident Report";

    public static string FileName(Report report) => $"{report.ReportNumber}.pdf";

    public static byte[] Render(Report report, PrivacyNames names, string printedBy, DateTimeOffset printedAt)
    {
        using var pdf = new PdfReportWriter($"{Title} {report.ReportNumber}", $"CIMS – printed {printedAt.Display()} by {printedBy}");
        pdf.Title(Title);
        pdf.Field("Incident report number", report.ReportNumber);
        pdf.Field("Submitted", $"{report.SubmittedAt?.Display()} (Melbourne time)");
        pdf.Field("Status", Status(report.Status));
        pdf.Field("Due at the department", report.DueAt is { } due ? $"{due.Display()} (one business day after disclosure)" : null);
        foreach (var stage in PrivacySummary.Of(report, names))
        {
            pdf.Heading(stage.Stage.Title);
            foreach (var group in stage.Groups)
            {
                if (group.Heading is { } heading)
                    pdf.Heading(heading);
                foreach (var field in group.Fields)
                    pdf.Field(field.Label, field.Value);
            }
        }

        pdf.Heading("Declaration");
        pdf.Paragraph(PrivacyDeclaration.Text);
        pdf.Paragraph($"Declared by {report.Officer?.GivenName} {report.Officer?.Surname} on {report.SubmittedAt?.Display()} (Melbourne time).");
        return pdf.ToBytes();
    }

    public static string Status(PrivacyReportStatus status) => status switch
    {
        PrivacyReportStatus.Submitted => "Submitted: awaiting assessment by the department's privacy officer",
        PrivacyReportStatus.UnderAssessment => "Under assessment by the department's privacy officer",
        PrivacyReportStatus.Closed => "Closed",
        _ => "Draft",
    };
}
