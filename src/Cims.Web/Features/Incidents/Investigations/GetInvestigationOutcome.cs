using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.ActionRegister;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>An allegation the investigation examines and, once the outcome is accepted, its finding with the reasons.</summary>
public sealed record AllegationView(int Number, string ClientName, string SubjectName, string IncidentType, AllegationFinding? Finding, string? FindingReasons);

/// <summary>The accepted outcome's own sections, and the contributing factors (option codes of the reference data's ContributingFactor list).</summary>
public sealed record InvestigationOutcomeView(
    string? OrganisationResponse, string? ReviewRationale, string? CommunicationStrategy, string? ResponsePlan,
    IReadOnlyList<string> ContributingFactors, string? OtherContributingFactors, IReadOnlyList<ActionProgress> Recommendations);

/// <summary>
/// An investigation as a provider system follows it: where it is and its clock at every step; the allegations once the
/// plan is endorsed (as the investigation's page shows them); findings, outcome and recommendations once the
/// department has accepted the outcome. Never the evidence log or its files, the plan or the people's contact details.
/// </summary>
public sealed record InvestigationView(
    int Id, int IncidentId, InvestigationStatus Status, FollowUpAction FollowUp, DateTimeOffset AssignedAt, DateTimeOffset? DueAt, string? DueRule,
    bool OnPoliceHold, DateOnly? ExtensionRequestedTo, DateTimeOffset? PlanEndorsedAt, DateTimeOffset? OutcomeApprovedAt, DateTimeOffset? AcceptedAt,
    IReadOnlyList<AllegationView> Allegations, InvestigationOutcomeView? Outcome);

/// <summary>The latest investigation of an incident the caller may see (<see cref="InvestigationAccess"/>); null when there is none or it is not theirs.</summary>
public sealed class GetInvestigationOutcome(CimsDbContext db, TimeProvider time)
{
    public async Task<InvestigationView?> RunAsync(int incidentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var v = await db.Investigations.VisibleTo(user).AsNoTracking().AsSplitQuery()
            .Where(i => i.IncidentId == incidentId && db.VisibleIncidents(user).Any(x => x.Id == incidentId))
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        if (v is null)
            return null;
        var accepted = v.Status == InvestigationStatus.Accepted;
        return new InvestigationView(
            v.Id, v.IncidentId, v.Status, v.FollowUp, v.CreatedAt, v.DueAt, v.DueRule, v.IsOnHold, v.PendingExtension?.RequestedDueOn,
            v.PlanEndorsedAt, v.OutcomeApprovedAt, v.History.Where(h => h.To == InvestigationStatus.Accepted).Select(h => (DateTimeOffset?)h.At).Max(),
            v.PlanEndorsedAt is null ? [] : [.. v.Allegations.OrderBy(a => a.Number).Select(a => new AllegationView(
                a.Number, a.ClientName, a.SubjectName, a.IncidentType, accepted ? a.Finding : null, accepted ? a.FindingReasons : null))],
            accepted ? Outcome(v, time.Today()) : null);
    }

    private static InvestigationOutcomeView Outcome(Investigation v, DateOnly today) => new(
        v.Outcome.OrganisationResponse, v.Outcome.ReviewRationale, v.Outcome.CommunicationStrategy, v.Outcome.ResponsePlan,
        v.ContributingFactors, v.OtherContributingFactors,
        [.. v.Recommendations.OrderBy(r => r.Number).Select(r => ActionProgress.Of(ActionSource.Investigation, v.Id, r, today))]);
}
