using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// The review's page: the review, its incident (as the incident page shows it: the incident summary is filled in from
/// the report), the clock, what this user may do, and the decision forms as typed.
/// </summary>
public sealed record ReviewPage(Review Review, IncidentPage Incident, ReviewActions Actions, ReviewForms Forms)
{
    public string Title => $"{Review.Kind.Display()} of incident {Incident.Title}";
}

/// <summary>The decision forms on the page, as typed when one is shown again with a message; each carries the current version.</summary>
public sealed record ReviewForms(OutcomeDecisionForm Decision, SendBackForm SendBack)
{
    public Guid Version => Decision.Version ?? Guid.Empty;
}

/// <summary>What the user may do from the review's page (views never compare statuses).</summary>
public sealed record ReviewActions(bool CanReassign, bool CanWork, bool CanTrack, bool CanApprove, bool CanReviewOutcome);
