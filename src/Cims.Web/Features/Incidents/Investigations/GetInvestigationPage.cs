using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Incidents.Investigations.Plan;
using Cims.Web.Features.Incidents.View;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// Loads an investigation the user may see (else null: a 404) with its incident page, which records the view of the
/// incident's personal data in the audit log.
/// </summary>
public sealed class GetInvestigationPage(CimsDbContext db, GetIncidentPage incidents, IncidentClock clock)
{
    public async Task<InvestigationPage?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct, object? typed = null)
    {
        var investigation = await db.Investigations.VisibleTo(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null || await incidents.RunAsync(investigation.IncidentId, user, ct) is not { } incident)
            return null;
        return new InvestigationPage(
            investigation, incident, investigation.DueAt is { } due ? clock.Describe(due) : null, Actions(investigation, user),
            Forms(typed, investigation.Version));
    }

    /// <summary>The incident of an investigation the user may see; null when they may not.</summary>
    public Task<int?> IncidentIdAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
        db.Investigations.VisibleTo(user).Where(i => i.Id == id).Select(i => (int?)i.IncidentId).SingleOrDefaultAsync(ct);

    /// <summary>The name of the organisation the investigation belongs to (the provider, in the outcome report).</summary>
    public Task<string> OrganisationNameAsync(int organisationId, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>Saves what was recorded in the audit log while reading (a download).</summary>
    public Task SaveAuditAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    /// <summary>The current version, for a page shown again after someone else saved first.</summary>
    public Task<Guid> CurrentVersionAsync(int id, CancellationToken ct) =>
        db.Investigations.Where(i => i.Id == id).Select(i => i.Version).SingleAsync(ct);

    /// <summary>The decision forms: the one typed (if any) as it was, the others empty, all with the current version.</summary>
    private static DecisionForms Forms(object? typed, Guid version) => new(
        (typed as ReturnPlanForm ?? new ReturnPlanForm()) with { Version = version },
        (typed as OutcomeDecisionForm ?? new OutcomeDecisionForm()) with { Version = version },
        (typed as SendBackForm ?? new SendBackForm()) with { Version = version });

    private static InvestigationActions Actions(Investigation investigation, ClaimsPrincipal user) => new(
        investigation.CanEditPlan(user), investigation.CanDecidePlan(user), investigation.CanReassign(user),
        investigation.CanWork(user), investigation.CanTrackRecommendations(user),
        investigation.CanApproveOutcome(user), investigation.CanReviewOutcome(user));
}
