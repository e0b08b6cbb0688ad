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
    ];

    public static bool CanMove(InvestigationStatus from, InvestigationStatus to) =>
        Allowed.Contains((from, to)) || (to == Withdrawn && from != Withdrawn);

    /// <summary>The investigation is still open: it can be reassigned or withdrawn.</summary>
    public static bool IsOpen(InvestigationStatus status) => status != Withdrawn;
}
