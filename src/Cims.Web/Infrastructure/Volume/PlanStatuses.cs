using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>The investigation's and the review's status that go with an incident's moves.</summary>
public static class PlanStatuses
{
    public static InvestigationStatus? Investigation(IncidentPlan plan)
    {
        if (plan.FollowUp?.IncludesInvestigation() != true || plan.InvestigationAssignedAt is null)
            return null;
        if (plan.Status == IncidentStatus.Withdrawn)
            return InvestigationStatus.Withdrawn;
        if (plan.Steps.Any(s => s.Phase is PlanPhase.Review or PlanPhase.Closure))
            return InvestigationStatus.Accepted;
        var last = plan.Steps.LastOrDefault(s => s.Phase == PlanPhase.Investigation);
        return last.Phase != PlanPhase.Investigation
            ? plan.Id % 3 == 0 ? InvestigationStatus.PlanAwaitingEndorsement : InvestigationStatus.PlanInPreparation
            : last.Status switch
            {
                IncidentStatus.OutcomePendingApproval => InvestigationStatus.OutcomeAwaitingApproval,
                IncidentStatus.OutcomeSubmitted => InvestigationStatus.OutcomeSubmitted,
                _ => InvestigationStatus.InProgress,
            };
    }

    public static ReviewStatus? Review(IncidentPlan plan)
    {
        if (plan.FollowUp?.ReviewFor() is null || !plan.Steps.Any(s => s.Phase == PlanPhase.Review))
            return null;
        if (plan.Status == IncidentStatus.Withdrawn)
            return ReviewStatus.Withdrawn;
        if (plan.Status == IncidentStatus.Closed)
            return HeldUnderE1(plan) ? ReviewStatus.HeldByOrganisation : ReviewStatus.Accepted;
        return plan.Steps[^1].Status switch
        {
            IncidentStatus.OutcomePendingApproval => ReviewStatus.OutcomeAwaitingApproval,
            IncidentStatus.OutcomeSubmitted => ReviewStatus.OutcomeSubmitted,
            _ => ReviewStatus.InProgress,
        };
    }

    /// <summary>E1: an approved case review stays in the organisation's register.</summary>
    public static bool HeldUnderE1(IncidentPlan plan) =>
        plan.Profile == PolicyProfile.E1 && plan.FollowUp?.ReviewFor() == ReviewKind.CaseReview;
}
