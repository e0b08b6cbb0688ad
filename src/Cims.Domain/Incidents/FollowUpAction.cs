namespace Cims.Domain.Incidents;

/// <summary>The follow-up the department determines for a major-impact incident (§12.8).</summary>
public enum FollowUpAction
{
    Investigation,
    InvestigationOutcomeCaseReview,
    InvestigationOutcomeRca,
    CaseReview,
    RcaReview,
    NoFurtherAction,
}

public static class FollowUpActionText
{
    /// <summary>Investigation, and the two follow-ups that start with an investigation outcome (a list queries can use).</summary>
    public static readonly IReadOnlyList<FollowUpAction> WithInvestigation =
        [FollowUpAction.Investigation, FollowUpAction.InvestigationOutcomeCaseReview, FollowUpAction.InvestigationOutcomeRca];

    public static bool IncludesInvestigation(this FollowUpAction action) => WithInvestigation.Contains(action);

    public static string Display(this FollowUpAction action) => action switch
    {
        FollowUpAction.Investigation => "Investigation",
        FollowUpAction.InvestigationOutcomeCaseReview => "Investigation outcome and case review",
        FollowUpAction.InvestigationOutcomeRca => "Investigation outcome and RCA review",
        FollowUpAction.CaseReview => "Case review",
        FollowUpAction.RcaReview => "Root cause analysis (RCA) review",
        FollowUpAction.NoFurtherAction => "No further action",
        _ => action.ToString(),
    };
}
