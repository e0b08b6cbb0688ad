using Cims.Domain.Common;
using Cims.Domain.Reviews;

namespace Cims.Domain.Incidents;

/// <summary>The incident's moves when a case review or RCA review is its only follow-up (after a combined one it follows its investigation).</summary>
public sealed partial class Incident
{
    /// <summary>
    /// The follow-up calls for a case review or RCA review and the incident is where one can be assigned: once the
    /// follow-up is determined, and after a combined follow-up also while its investigation runs (until its outcome is accepted).
    /// </summary>
    public bool CanOpenReview => FollowUp?.ReviewFor() is not null
        && (FollowUp.Value.IsCombined()
            ? Status is IncidentStatus.FollowUpDetermined or IncidentStatus.InvestigationInProgress or IncidentStatus.OutcomePendingApproval or IncidentStatus.OutcomeSubmitted
            : Status == IncidentStatus.FollowUpDetermined);

    public Result BeginReview(ReviewKind kind, Actor by, DateTimeOffset now) =>
        Move(IncidentStatus.ReviewInProgress, by, now, $"{kind.Display()} assigned");

    public Result AwaitReviewApproval(ReviewKind kind, Actor by, DateTimeOffset now) =>
        Move(IncidentStatus.OutcomePendingApproval, by, now, $"{kind.Display()} submitted for approval");

    /// <summary>The approver returns the review, or the department asks for more work: the review resumes.</summary>
    public Result ResumeReview(Actor by, string reason, DateTimeOffset now) =>
        Move(IncidentStatus.ReviewInProgress, by, now, reason);

    public Result SubmitReviewOutcome(ReviewKind kind, Actor by, DateTimeOffset now) =>
        Move(IncidentStatus.OutcomeSubmitted, by, now, $"{kind.Display()} approved and submitted to the department");
}
