using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Investigations.Plan;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// The investigation's page: the investigation, its incident (as the incident page shows it: the incident summary is
/// filled in from the report), the clock, what this user may do, and the decision forms as typed.
/// </summary>
public sealed record InvestigationPage(
    Investigation Investigation, IncidentPage Incident, string? Remaining, InvestigationActions Actions,
    EndorsePlanForm Endorse, ReturnPlanForm Return)
{
    public string Title => $"Investigation of incident {Incident.Title}";
}

/// <summary>What the user may do from the investigation's page (views never compare statuses).</summary>
public sealed record InvestigationActions(bool CanEditPlan, bool CanDecidePlan, bool CanReassign, bool CanWork, bool CanTrack);
