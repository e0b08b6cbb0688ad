using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Features.Incidents.Department;
using Cims.Web.Infrastructure.Pdf;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Pdf;

/// <summary>Clients, others involved, addendums and the status history.</summary>
internal static class IncidentPdfPeople
{
    public static void Clients(PdfReportWriter pdf, IReadOnlyList<ClientInvolved> clients, IncidentPdfNames names)
    {
        pdf.Heading("Clients involved");
        if (clients.Count == 0)
            pdf.Paragraph("None recorded.");
        foreach (var client in clients.OrderBy(c => c.Position))
        {
            pdf.Field(IncidentPdf.Text($"Client {client.Position}"), client.FullName);
            pdf.Field("Identifier type", names.Option(OptionLists.ClientIdentifierType, client.IdentifierType));
            pdf.Field("Identifier", client.Identifier);
            pdf.Field("Date of birth", client.DateOfBirth?.Display());
            pdf.Field("Sex", names.Option(OptionLists.Sex, client.Sex));
            pdf.Field("Indigenous status", names.Option(OptionLists.IndigenousStatus, client.IndigenousStatus));
            pdf.Field("Address", client.Address?.ToString());
            pdf.Field("Impact on this client", client.Impact.Display());
            pdf.Field("Allegations or injuries", client.Allegations);
        }
    }

    public static void Others(PdfReportWriter pdf, IReadOnlyList<OtherPerson> others)
    {
        pdf.Heading("Others involved");
        if (others.Count == 0)
            pdf.Paragraph("None recorded.");
        foreach (var other in others.OrderBy(o => o.Position))
        {
            pdf.Field(Role(other), other.Name);
            if (other.Role == OtherPersonRole.SubjectOfAllegation)
                pdf.Field("Subject of allegation is", GetScreening.RoleText(other.AllegationRole));
            pdf.Field("Relationship to client", other.RelationshipToClient);
            pdf.Field("Position", other.StaffPosition);
        }
    }

    public static void Addendums(PdfReportWriter pdf, IReadOnlyList<Addendum> addendums)
    {
        pdf.Heading("Addendums");
        if (addendums.Count == 0)
            pdf.Paragraph("None.");
        foreach (var addendum in addendums.OrderBy(a => a.At))
        {
            var kind = addendum.Kind switch { AddendumKind.DelegateAmendment => "Amendment by the delegate", AddendumKind.Revision => "Revision from the provider's system", _ => "Correction" };
            pdf.Field($"{kind}, {addendum.At.Display()}, by {addendum.ByName}", addendum.Text);
        }
    }

    public static void History(PdfReportWriter pdf, IReadOnlyList<StatusChange> history)
    {
        pdf.Heading("Status history");
        if (history.Count == 0)
            pdf.Paragraph("No status changes yet.");
        foreach (var change in history.OrderBy(h => h.At).ThenBy(h => h.Id))
        {
            var reason = string.IsNullOrWhiteSpace(change.Reason) ? "" : $"\nReason: {change.Reason}";
            pdf.Field(change.At.Display(), $"{change.From.Display()} → {change.To.Display()}\nBy {change.ByName}{reason}");
        }
    }

    private static string Role(OtherPerson other) => other.Role switch
    {
        OtherPersonRole.SubjectOfAllegation => "Subject of allegation",
        OtherPersonRole.Witness => "Witness",
        _ => "Other person",
    };
}
