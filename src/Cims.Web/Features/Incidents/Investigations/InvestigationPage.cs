using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Incidents.Investigations.Plan;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// The investigation's page: the investigation, its incident (as the incident page shows it: the incident summary is
/// filled in from the report), the clock, what this user may do, and the decision forms as typed.
/// </summary>
public sealed record InvestigationPage(
    Investigation Investigation, IncidentPage Incident, string? Remaining, InvestigationActions Actions, DecisionForms Forms)
{
    public string Title => $"Investigation of incident {Incident.Title}";
}

/// <summary>The decision forms on the page, as typed when one is shown again with a message; each carries the current version.</summary>
public sealed record DecisionForms(ReturnPlanForm ReturnPlan, OutcomeDecisionForm Outcome, SendBackForm SendBack)
{
    public Guid Version => ReturnPlan.Version ?? Guid.Empty;
}

/// <summary>What the user may do from the investigation's page (views never compare statuses).</summary>
public sealed record InvestigationActions(
    bool CanEditPlan, bool CanDecidePlan, bool CanReassign, bool CanWork, bool CanTrack, bool CanApproveOutcome, bool CanReviewOutcome);
