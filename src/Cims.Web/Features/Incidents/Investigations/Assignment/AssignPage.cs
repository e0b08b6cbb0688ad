using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>
/// The assignment page: the incident it is for, who can be chosen, the form as typed, and for a reassignment who has
/// it now. <see cref="PostUrl"/> is where the form goes.
/// </summary>
public sealed record AssignPage(
    string IncidentNumber, FollowUpAction? FollowUp, DateTimeOffset? DueAt, Assignee? Current, string PostUrl, string BackUrl,
    AssignForm Form, IReadOnlyList<Candidate> Managers, IReadOnlyList<Candidate> Accountable)
{
    public bool IsReassignment => Current is not null;
}

/// <summary>Builds the assignment page for an incident (assign) or an investigation (reassign) the user may change; else null.</summary>
public sealed class GetAssignPage(CimsDbContext db, AssigneeCandidates candidates)
{
    public async Task<AssignPage?> ForIncidentAsync(int incidentId, ClaimsPrincipal user, AssignForm? typed, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null || !incident.CanAssignInvestigator(user) || await db.Investigations.AnyAsync(i => i.IncidentId == incidentId, ct))
            return null;
        var form = (typed ?? new AssignForm { Kind = AssignForm.Internal }) with { Version = incident.Version };
        return await PageAsync(incident, null, $"/Incidents/{incidentId}/Investigation/Assign", $"/Incidents/{incidentId}", form, ct);
    }

    public async Task<AssignPage?> ForInvestigationAsync(int id, ClaimsPrincipal user, AssignForm? typed, CancellationToken ct)
    {
        var investigation = await db.Investigations.VisibleTo(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null || !investigation.CanReassign(user))
            return null;
        var incident = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == investigation.IncidentId, ct);
        var form = (typed ?? new AssignForm { Kind = AssignForm.Internal }) with { Version = investigation.Version };
        return await PageAsync(incident, investigation.Manager, $"/Investigations/{id}/Reassign", $"/Investigations/{id}", form, ct);
    }

    private async Task<AssignPage> PageAsync(Incident incident, Assignee? current, string postUrl, string backUrl, AssignForm form, CancellationToken ct) => new(
        incident.Number ?? "", incident.FollowUp, incident.FollowUpDueAt, current, postUrl, backUrl, form,
        await candidates.ManagersAsync(incident.OrganisationId, ct), await candidates.AccountableAsync(incident.OrganisationId, ct));
}
