using static Cims.Domain.Reviews.ReviewStatus;

namespace Cims.Domain.Reviews;

/// <summary>The one transition table of a review (domain reference §6.2, stage 4).</summary>
public static class ReviewWorkflow
{
    private static readonly HashSet<(ReviewStatus From, ReviewStatus To)> Allowed =
    [
        (InProgress, OutcomeAwaitingApproval),
        (OutcomeAwaitingApproval, InProgress),
        (OutcomeAwaitingApproval, OutcomeSubmitted),
        (OutcomeAwaitingApproval, HeldByOrganisation),
        (OutcomeSubmitted, Accepted),
        (OutcomeSubmitted, InProgress),
    ];

    public static bool CanMove(ReviewStatus from, ReviewStatus to) =>
        Allowed.Contains((from, to)) || (to == Withdrawn && IsOpen(from));

    /// <summary>Still to finish: it can be reassigned or withdrawn.</summary>
    public static bool IsOpen(ReviewStatus status) => status is not (Withdrawn or Accepted or HeldByOrganisation);
}
