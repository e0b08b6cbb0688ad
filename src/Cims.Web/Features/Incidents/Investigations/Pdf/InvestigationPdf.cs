using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Investigations.Work;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Investigations.Pdf;

/// <summary>
/// The investigation plan and the outcome report as PDFs, from the engine of the incident report, with the department
/// template's sections. Dates and times are Melbourne time.
/// </summary>
public static class InvestigationPdf
{
    public static byte[] Plan(InvestigationPage page, string organisation, string printedBy, DateTimeOffset printedAt)
    {
        var (v, i, names) = (page.Investigation, page.Incident.Incident, page.Incident.Names);
        var title = $"Investigation plan – incident {i.Number}";
        using var pdf = new PdfReportWriter(title, $"CIMS – printed {printedAt.Display()} by {printedBy}");
        pdf.Title(title);
        Service(pdf, organisation, names, i);
        pdf.Heading("Investigation manager details");
        Manager(pdf, v);
        pdf.Field("Position", v.Plan.ManagerPosition);
        pdf.Field("Telephone", v.Plan.ManagerTelephone);
        Summary(pdf, i, names);
        pdf.Heading("Investigation approach");
        pdf.Field("Investigation period", v.Plan.PeriodStart is { } from && v.Plan.PeriodEnd is { } to ? $"{from.Display()} to {to.Display()}" : null);
        pdf.Field("Incident details", v.Plan.IncidentDetails);
        pdf.Field("Victoria Police response", v.Plan.PoliceResponse);
        pdf.Field("Proposed methodology", v.Plan.Methodology);
        pdf.Heading("Plan approval");
        pdf.Paragraph(v.PlanEndorsedAt is { } at ? $"Endorsed by {v.PlanEndorsedBy} on {at.Display()}." : $"Not yet endorsed: {v.Status.Display().ToLowerInvariant()}.");
        return pdf.ToBytes();
    }

    public static byte[] Outcome(InvestigationPage page, string organisation, IReadOnlyDictionary<string, string> factorNames, string printedBy, DateTimeOffset printedAt)
    {
        var (v, i, names) = (page.Investigation, page.Incident.Incident, page.Incident.Names);
        var combined = v.FollowUp != FollowUpAction.Investigation;
        var title = $"{(combined ? "Investigation outcome report" : "Investigation report")} – incident {i.Number}";
        using var pdf = new PdfReportWriter(title, $"CIMS – printed {printedAt.Display()} by {printedBy}");
        pdf.Title(title);
        pdf.Field("Follow-up", v.FollowUp.Display());
        Service(pdf, organisation, names, i);
        Manager(pdf, v);
        Summary(pdf, i, names);
        pdf.Heading("Allegations, findings and outcomes (balance of probabilities)");
        foreach (var a in v.Allegations.OrderBy(a => a.Number))
            pdf.Field($"Allegation {a.Number}", $"{a.Describe()}. Finding: {a.Finding?.Display() ?? "not yet decided"}{(a.FindingReasons is { } r ? $". Reasons: {r}" : "")}");
        if (!combined)
        {
            pdf.Heading("Evidence");
            foreach (var e in v.Evidence.OrderBy(e => e.Number))
                pdf.Field($"Evidence {e.Number}", $"{EvidenceText.Kind(e.Kind)}: {e.Title}. {e.Summary} ({EvidenceText.When(e)})");
        }

        pdf.Heading("Contributing factors");
        pdf.Paragraph(string.Join("; ", v.ContributingFactors.Select(c => factorNames.TryGetValue(c, out var n) ? n : c)
            .Concat(v.OtherContributingFactors is { } other ? [$"Other: {other}"] : [])).NullIfEmpty() ?? "None recorded.");
        pdf.Heading("Recommendations");
        foreach (var r in v.Recommendations.OrderBy(r => r.Number))
            pdf.Field($"Recommendation {r.Number}", $"{r.Text} Owner: {r.Owner}; due {r.DueOn.Display()}; {r.Status.Display()}{(r.StatusNote is { } note ? $" – {note}" : "")}.");
        if (combined)
        {
            pdf.Field("Rationale for the review", v.Outcome.ReviewRationale);
            pdf.Field("Communication strategy", v.Outcome.CommunicationStrategy);
            pdf.Field("Incident response plan", v.Outcome.ResponsePlan);
        }
        else
        {
            pdf.Field("The organisation's response", v.Outcome.OrganisationResponse);
        }

        pdf.Heading("Approval");
        pdf.Paragraph(v.OutcomeApprovedAt is { } at ? $"Approved by {v.OutcomeApprovedBy} (CEO or senior delegate) on {at.Display()}." : $"Not yet approved: {v.Status.Display().ToLowerInvariant()}.");
        return pdf.ToBytes();
    }

    internal static void Service(PdfReportWriter pdf, string organisation, IncidentNames names, Incident i)
    {
        pdf.Heading("Service details");
        pdf.Field("Organisation", organisation);
        pdf.Field("Area", names.Area);
        pdf.Field("Program and service type", $"{names.Program} – {names.ServiceType}");
        pdf.Field("Service address", i.Service?.ServiceAddress.ToString());
    }

    private static void Manager(PdfReportWriter pdf, Investigation v)
    {
        pdf.Field("Investigated by", v.Manager.Describe());
        pdf.Field("Contact", v.Manager.IsExternal ? v.Manager.ExternalContact : v.Manager.Email);
    }

    internal static void Summary(PdfReportWriter pdf, Incident i, IncidentNames names)
    {
        pdf.Heading("Incident summary");
        pdf.Field("Incident number", i.Number);
        pdf.Field("Occurred", i.Dates?.OccurredOn.Display());
        pdf.Field("Service became aware", i.Dates?.AwareAt.Display());
        pdf.Field("Primary incident type", names.PrimaryType);
        pdf.Field("Secondary incident type", names.SecondaryType);
        pdf.Field("Clients involved", string.Join("; ", i.Clients.OrderBy(c => c.Position).Select(c => $"{c.FullName}{(c.DateOfBirth is { } born ? $", born {born.Display()}" : "")}{(c.Allegations is { } a ? $" – {a}" : "")}")));
        pdf.Field("Subjects of allegation", string.Join("; ", i.Others.Where(o => o.Role == OtherPersonRole.SubjectOfAllegation).OrderBy(o => o.Position).Select(o => $"{o.Name} ({PeopleText.Role(o)})")).NullIfEmpty() ?? "None named");
    }

    private static string? NullIfEmpty(this string text) => text.Length == 0 ? null : text;
}
