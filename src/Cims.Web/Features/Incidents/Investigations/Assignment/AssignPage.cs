using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>
/// The assignment page: the incident it is for, who can be chosen, the form as typed, and for a reassignment who has
/// it now. <see cref="PostUrl"/> is where the form goes; <see cref="Wording"/> says what is assigned.
/// </summary>
public sealed record AssignPage(
    string IncidentNumber, FollowUpAction? FollowUp, DateTimeOffset? DueAt, Assignee? Current, string PostUrl, string BackUrl,
    AssignForm Form, IReadOnlyList<Candidate> Managers, IReadOnlyList<Candidate> Accountable)
{
    public bool IsReassignment => Current is not null;

    public AssignWording Wording { get; init; } = AssignWording.Investigation;
}

/// <summary>The words of the assignment page for an investigation or a review; a review may also be joint with the department.</summary>
public sealed record AssignWording(
    string Noun, string Who, string InternalChoice, string ExternalChoice, string ManagerLabel, string ExternalLegend, string CurrentHeading, bool OffersJoint)
{
    /// <summary>The label of the assignee on the page ("Investigated by"), and what an external one is called.</summary>
    public (string Label, string Outsider) Assignee => OffersJoint ? ("Reviewed by", "external reviewer") : ("Investigated by", "external investigator");

    public static readonly AssignWording Investigation = new(
        "investigation", "Who investigates", "An investigation manager of your organisation",
        "An external investigator, with a user of your organisation accountable", "Investigation manager (if of your organisation)",
        "External investigator (if external)", "Investigated now by", false);

    public static AssignWording Review(string noun) => new(
        noun, "Who reviews", "A review manager of your organisation", "An external reviewer, with a user of your organisation accountable",
        "Review manager (if of your organisation)", "External reviewer (if external)", "Reviewed now by", true);
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

    private Task<AssignPage> PageAsync(Incident incident, Assignee? current, string postUrl, string backUrl, AssignForm form, CancellationToken ct) =>
        BuildAsync(incident, current, postUrl, backUrl, form, CandidateRoles.Investigation, AssignWording.Investigation, ct);

    /// <summary>The page for an incident's investigation or review, with the candidates for its roles.</summary>
    public async Task<AssignPage> BuildAsync(
        Incident incident, Assignee? current, string postUrl, string backUrl, AssignForm form, CandidateRoles roles, AssignWording wording, CancellationToken ct) =>
        new(incident.Number ?? "", incident.FollowUp, incident.FollowUpDueAt, current, postUrl, backUrl, form,
            await candidates.ManagersAsync(incident.OrganisationId, ct, roles), await candidates.AccountableAsync(incident.OrganisationId, ct, roles))
        {
            Wording = wording,
        };
}
