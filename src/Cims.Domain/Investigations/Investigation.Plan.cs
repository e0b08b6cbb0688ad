using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

public sealed partial class Investigation
{
    public bool CanEditPlan => Status == InvestigationStatus.PlanInPreparation;

    public bool CanEndorsePlan => Status == InvestigationStatus.PlanAwaitingEndorsement;

    /// <summary>Saves the plan as it stands (it may be incomplete) while it is in preparation.</summary>
    public Result SavePlan(InvestigationPlan plan, DateTimeOffset now)
    {
        if (!CanEditPlan)
            return InvestigationErrors.PlanNotEditable;
        if (!plan.PeriodInOrder)
            return InvestigationErrors.PlanPeriodOrder;
        Plan = plan;
        Touch(now);
        return Result.Ok();
    }

    public Result SubmitPlan(Actor by, DateTimeOffset now)
    {
        if (Status == InvestigationStatus.PlanInPreparation && !Plan.IsComplete)
            return InvestigationErrors.PlanIncomplete;
        var moved = Move("Plan submitted for endorsement", InvestigationStatus.PlanAwaitingEndorsement, by, now, null);
        if (!moved.Failed)
            ReturnReason = null;
        return moved;
    }

    public Result ReturnPlan(Actor by, string? reason, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        var moved = Move("Plan returned", InvestigationStatus.PlanInPreparation, by, now, reason!.Trim());
        if (!moved.Failed)
            ReturnReason = reason.Trim();
        return moved;
    }

    /// <summary>
    /// The delegated authority endorses the plan: the investigation is under way and the incident moves to
    /// "investigation in progress", both recorded.
    /// </summary>
    public Result EndorsePlan(Incident incident, Actor by, DateTimeOffset now)
    {
        if (Status != InvestigationStatus.PlanAwaitingEndorsement)
            return InvestigationErrors.WrongStatus(Status, InvestigationStatus.InProgress);
        var moved = MoveWithIncident(incident, "Plan endorsed", InvestigationStatus.InProgress, () => incident.BeginInvestigation(by, now), by, now, null);
        if (moved.Failed)
            return moved;
        PlanEndorsedAt = now;
        PlanEndorsedBy = by.Name;
        return moved;
    }
}
