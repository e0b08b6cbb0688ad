using static Cims.Domain.Investigations.InvestigationStatus;

namespace Cims.Domain.Investigations;

/// <summary>The one transition table of an investigation (domain reference §6.2, stage 3).</summary>
public static class InvestigationWorkflow
{
    private static readonly HashSet<(InvestigationStatus From, InvestigationStatus To)> Allowed =
    [
        (PlanInPreparation, PlanAwaitingEndorsement),
        (PlanAwaitingEndorsement, PlanInPreparation),
        (PlanAwaitingEndorsement, InProgress),
        (InProgress, OutcomeAwaitingApproval),
        (OutcomeAwaitingApproval, InProgress),
        (OutcomeAwaitingApproval, OutcomeSubmitted),
        (OutcomeSubmitted, Accepted),
        (OutcomeSubmitted, InProgress),
    ];

    public static bool CanMove(InvestigationStatus from, InvestigationStatus to) =>
        Allowed.Contains((from, to)) || (to == Withdrawn && IsOpen(from));

    /// <summary>The investigation is still open: it can be reassigned or withdrawn.</summary>
    public static bool IsOpen(InvestigationStatus status) => status is not (Withdrawn or Accepted);
}
