namespace Cims.Domain.Reviews;

/// <summary>Where a case review or RCA review is (domain reference §6, §8.2). Stored as text.</summary>
public enum ReviewStatus
{
    /// <summary>Assigned: the review manager is doing the review.</summary>
    InProgress,

    /// <summary>The manager submitted the review: it waits for the CEO or senior delegate's approval.</summary>
    OutcomeAwaitingApproval,

    /// <summary>An approved case review under E1: kept in the organisation's register; the department may ask for it.</summary>
    HeldByOrganisation,

    /// <summary>Approved and submitted to the department for its quality review.</summary>
    OutcomeSubmitted,

    /// <summary>The department accepted the outcome.</summary>
    Accepted,

    Withdrawn,
}

public static class ReviewStatusText
{
    public static string Display(this ReviewStatus status) => status switch
    {
        ReviewStatus.InProgress => "Review in progress",
        ReviewStatus.OutcomeAwaitingApproval => "Review awaiting approval",
        ReviewStatus.HeldByOrganisation => "Approved and kept in the organisation's register",
        ReviewStatus.OutcomeSubmitted => "Review submitted to the department",
        ReviewStatus.Accepted => "Review accepted by the department",
        ReviewStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
