using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Department;

public sealed record ScreeningSubject(string Name, string Role);

/// <summary>The facts the screener decides on, the rule's suggestion and whether the incident can be screened now.</summary>
public sealed record ScreeningPage(
    int Id, string? Number, string Organisation, string Impact, string PrimaryType, IncidentStatus Status,
    IReadOnlyList<string> Clients, IReadOnlyList<ScreeningSubject> Subjects,
    FollowUpAction SuggestedAction, string SuggestionReason, bool CanScreen, Guid Version)
{
    /// <summary>The follow-up the organisation's delegate recommends instead of the suggestion, if any.</summary>
    public FollowUpAction? Recommended { get; init; }

    public string? RecommendationReason { get; init; }
}

/// <summary>Reads an incident for the screening page; null when the user may not see it.</summary>
public sealed class GetScreening(CimsDbContext db, DepartmentSubmission submission, AuditLog audit)
{
    /// <summary>Reads the page; <paramref name="recordView"/> writes the view of the clients' details to the audit log.</summary>
    public async Task<ScreeningPage?> RunAsync(int id, ClaimsPrincipal user, bool recordView, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return null;
        var organisation = await db.Organisations.Where(o => o.Id == incident.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var typeId = incident.Details?.PrimaryTypeId;
        var type = await db.IncidentTypes.Where(t => t.Id == typeId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        var (action, reason) = await submission.SuggestAsync(incident, ct);
        if (recordView)
        {
            audit.Record("incident.viewed", "Incident", id.ToString(CultureInfo.InvariantCulture), "Department screening page");
            await db.SaveChangesAsync(ct);
        }

        var subjects = incident.Others.Where(o => o.Role == OtherPersonRole.SubjectOfAllegation)
            .OrderBy(o => o.Position).Select(o => new ScreeningSubject(o.Name, RoleText(o.AllegationRole))).ToList();
        return new ScreeningPage(
            incident.Id, incident.Number, organisation, incident.Impact?.Display() ?? "Not recorded", type ?? "Not recorded",
            incident.Status, incident.Clients.OrderBy(c => c.Position).Select(c => c.FullName).ToList(), subjects,
            action, reason, incident.CanScreen(user), incident.Version)
        {
            Recommended = incident.RecommendedFollowUp,
            RecommendationReason = incident.RecommendationReason,
        };
    }

    public static string RoleText(SubjectOfAllegationRole? role) => role switch
    {
        SubjectOfAllegationRole.Staff => "Staff member",
        SubjectOfAllegationRole.Carer => "Carer",
        SubjectOfAllegationRole.Client => "Client",
        SubjectOfAllegationRole.Other => "Other",
        _ => "Unknown",
    };
}
