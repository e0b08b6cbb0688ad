using Cims.Domain.Incidents;

namespace Cims.Domain.Reviews;

/// <summary>The two kinds of incident review (stage 4, domain reference §8.2).</summary>
public enum ReviewKind
{
    /// <summary>A mainly desk-based review of documents, with its action plan.</summary>
    CaseReview,

    /// <summary>A root cause analysis where systemic problems with several contributing factors are suspected: its report and response plan.</summary>
    RcaReview,
}

public static class ReviewKindText
{
    public static string Display(this ReviewKind kind) => kind == ReviewKind.CaseReview ? "Case review" : "RCA review";

    /// <summary>The kind within a sentence: "case review", "RCA review".</summary>
    public static string Noun(this ReviewKind kind) => kind == ReviewKind.CaseReview ? "case review" : "RCA review";

    /// <summary>The kind after "a": "a case review", "an RCA review".</summary>
    public static string WithArticle(this ReviewKind kind) => kind == ReviewKind.CaseReview ? "a case review" : "an RCA review";

    /// <summary>The review a follow-up calls for, alone or after an investigation's outcome; null when it calls for none.</summary>
    public static ReviewKind? ReviewFor(this FollowUpAction action) => action switch
    {
        FollowUpAction.CaseReview or FollowUpAction.InvestigationOutcomeCaseReview => ReviewKind.CaseReview,
        FollowUpAction.RcaReview or FollowUpAction.InvestigationOutcomeRca => ReviewKind.RcaReview,
        _ => null,
    };

    /// <summary>The follow-up has an investigation too: the incident's status follows the investigation, and it closes when both are done.</summary>
    public static bool IsCombined(this FollowUpAction action) =>
        action is FollowUpAction.InvestigationOutcomeCaseReview or FollowUpAction.InvestigationOutcomeRca;
}
