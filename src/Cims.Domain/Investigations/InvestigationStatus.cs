namespace Cims.Domain.Investigations;

/// <summary>Where an investigation is (domain reference §6, §8.1). Stored as text.</summary>
public enum InvestigationStatus
{
    /// <summary>Assigned: the investigation manager is writing the plan.</summary>
    PlanInPreparation,

    /// <summary>The plan waits for the delegated authority's endorsement.</summary>
    PlanAwaitingEndorsement,

    /// <summary>The plan is endorsed: the investigation is under way.</summary>
    InProgress,

    /// <summary>The manager submitted the outcome: it waits for the CEO or senior delegate's approval.</summary>
    OutcomeAwaitingApproval,

    /// <summary>Approved and submitted to the department for its quality review.</summary>
    OutcomeSubmitted,

    /// <summary>The department accepted the outcome.</summary>
    Accepted,

    Withdrawn,
}

public static class InvestigationStatusText
{
    public static string Display(this InvestigationStatus status) => status switch
    {
        InvestigationStatus.PlanInPreparation => "Plan in preparation",
        InvestigationStatus.PlanAwaitingEndorsement => "Plan awaiting endorsement",
        InvestigationStatus.InProgress => "Investigation in progress",
        InvestigationStatus.OutcomeAwaitingApproval => "Outcome awaiting approval",
        InvestigationStatus.OutcomeSubmitted => "Outcome submitted to the department",
        InvestigationStatus.Accepted => "Outcome accepted by the department",
        InvestigationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
