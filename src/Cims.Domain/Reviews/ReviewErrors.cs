using Cims.Domain.Common;

namespace Cims.Domain.Reviews;

public static class ReviewErrors
{
    public static readonly Error Concurrency = new(
        "review.concurrency", "Someone else changed this review while you were working on it. Your changes were not saved: review the latest version and try again.");

    public static readonly Error NoReviewFollowUp = new("review.no_review_follow_up", "This incident's follow-up does not include a case review or RCA review.");

    public static readonly Error NotYetDetermined = new("review.not_determined", "The incident's follow-up is not determined, or the incident is closed.");

    public static readonly Error ReasonRequired = new("review.reason_required", "Enter the reason.", "Reason");

    public static readonly Error ReasonTooLong = new("review.reason_length", $"The reason must be {ReviewEvent.ReasonMaxLength} characters or fewer.", "Reason");

    public static readonly Error SameAssignee = new("review.same_assignee", "The review is already assigned to that person.", "ManagerUserId");

    public static readonly Error ReportIncomplete = new(
        "review.report_incomplete", "The review is not complete: fill in every section of the report before submitting it for approval.");

    public static readonly Error RcaNeedsRootCauseAndTimeline = new(
        "review.rca_incomplete", "An RCA review needs its timeline of events, at least one root cause and a response plan action before it is submitted.");

    public static readonly Error CaseReviewNeedsAction = new(
        "review.action_plan_empty", "A case review needs at least one action in its action plan before it is submitted.");

    public static readonly Error PeriodOrder = new("review.period_order", "The review period must end on or after the day it starts.", "PeriodTo");

    public static readonly Error NotForThisKind = new("review.wrong_kind", "That part of the report belongs to the other kind of review.");

    public static readonly Error ItemNotFound = Error.NotFound("review.item_not_found", "That entry is not in the review.");

    public static Error NotFound(int id) => Error.NotFound("review.not_found", $"Review {id} does not exist.");

    public static readonly Error NewDueDateInPast = new("review.due_in_past", "The new due date must be after today.", "DueOnDay");

    public static readonly Error DoneEvidenceRequired = new("review.done_evidence_required", "Describe the evidence that the action was done.", "Note");

    public static readonly Error NotAcceptedReasonRequired = new("review.not_accepted_reason_required", "Say why the action was not accepted.", "Note");

    public static Error NotInProgress(ReviewStatus status) => new(
        "review.not_in_progress", $"The review is {status.Display().ToLowerInvariant()}: it cannot be changed now.");

    public static Error WrongStatus(ReviewStatus from, ReviewStatus to) => new(
        "review.wrong_status", $"A review that is {from.Display().ToLowerInvariant()} cannot become {to.Display().ToLowerInvariant()}.");
}
