using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

public sealed partial class Incident
{
    public const int RecommendationReasonMaxLength = 2000;

    /// <summary>
    /// The follow-up the organisation's delegate recommends instead of the rules' suggestion, if they do: the
    /// department then screens the incident and decides, under every policy era.
    /// </summary>
    public FollowUpAction? RecommendedFollowUp { get; private set; }

    /// <summary>Why the delegate recommends <see cref="RecommendedFollowUp"/>.</summary>
    public string? RecommendationReason { get; private set; }

    /// <summary>
    /// Before endorsing a major-impact report, the delegate may recommend a follow-up other than the rules'
    /// <paramref name="suggested"/> one, with a reason; choosing the suggestion (or nothing) clears any recommendation.
    /// </summary>
    public Result RecommendFollowUp(FollowUpAction? action, string? reason, FollowUpAction suggested) =>
        CanEndorse ? Recommend(action, reason, suggested) : IncidentErrors.WrongStatus(Status, IncidentStatus.SubmittedToDepartment);

    /// <summary>The report is at the department and its follow-up is not yet decided: the recommendation may still change.</summary>
    public bool CanChangeRecommendation => Status is IncidentStatus.SubmittedToDepartment or IncidentStatus.DepartmentReview && FollowUp is null;

    /// <summary>
    /// The organisation changes its recommendation (or withdraws it, by choosing the suggestion or nothing) after
    /// endorsement, under the same rules, until the department decides the follow-up; after that, a conflict.
    /// </summary>
    public Result ChangeRecommendation(FollowUpAction? action, string? reason, FollowUpAction suggested, DateTimeOffset now)
    {
        if (!CanChangeRecommendation)
            return FollowUp is null ? IncidentErrors.RecommendationNotAtDepartment : IncidentErrors.FollowUpAlreadyDecided;
        var result = Recommend(action, reason, suggested);
        if (!result.Failed)
            Touch(now);
        return result;
    }

    private Result Recommend(FollowUpAction? action, string? reason, FollowUpAction suggested)
    {
        if (action is null || action == suggested)
        {
            (RecommendedFollowUp, RecommendationReason) = (null, null);
            return Result.Ok();
        }

        if (Impact != ImpactLevel.Major)
            return IncidentErrors.RecommendationNeedsMajorImpact;
        if (string.IsNullOrWhiteSpace(reason))
            return IncidentErrors.RecommendationReasonRequired;
        if (reason.Trim().Length > RecommendationReasonMaxLength)
            return IncidentErrors.RecommendationReasonTooLong;
        (RecommendedFollowUp, RecommendationReason) = (action, reason.Trim());
        return Result.Ok();
    }

    /// <summary>What the history says of the delegate's recommendation, if there is one.</summary>
    private string? RecommendationText => RecommendedFollowUp is { } recommended
        ? $"The delegate recommended {recommended.Display()} instead of the rules' suggestion: {RecommendationReason}"
        : null;

    /// <summary>The follow-up includes an investigation, and none has started yet.</summary>
    public bool AwaitsInvestigator => Status == IncidentStatus.FollowUpDetermined && FollowUp?.IncludesInvestigation() == true;

    /// <summary>The investigation plan is endorsed: the investigation is under way.</summary>
    public Result BeginInvestigation(Actor by, DateTimeOffset now) =>
        FollowUp?.IncludesInvestigation() == true
            ? Move(IncidentStatus.InvestigationInProgress, by, now, "Investigation plan endorsed")
            : IncidentErrors.WrongStatus(Status, IncidentStatus.InvestigationInProgress);

    public Result AwaitOutcomeApproval(Actor by, DateTimeOffset now) =>
        Move(IncidentStatus.OutcomePendingApproval, by, now, "Investigation outcome submitted for approval");

    /// <summary>The CEO or senior delegate returns the outcome, or the department asks for more work: the investigation resumes.</summary>
    public Result ResumeInvestigation(Actor by, string reason, DateTimeOffset now) =>
        Move(IncidentStatus.InvestigationInProgress, by, now, reason);

    public Result SubmitOutcome(Actor by, DateTimeOffset now) =>
        Move(IncidentStatus.OutcomeSubmitted, by, now, "Investigation outcome approved and submitted to the department");
}
