using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>Why a user cannot take a review step they can see.</summary>
public static class ReviewStepErrors
{
    public static readonly Error NotAwaitingReviewer = new(
        "review.not_awaiting_reviewer", "This incident is not waiting for a review manager, or you are not its organisation's authorised delegate.");

    public static readonly Error AlreadyAssigned = new(
        "review.already_assigned", "The review of this incident is already assigned: reassign it from the review's page.");

    public static readonly Error CannotReassign = new(
        "review.cannot_reassign", "Only the organisation's authorised delegate can reassign an open review.");

    public static readonly Error CannotWork = new(
        "review.cannot_work", "Only the review manager can change the review, and only while it is in progress.");

    public static readonly Error CannotTrack = new(
        "review.cannot_track", "Only the review manager or the organisation's authorised delegate can update an action.");

    public static readonly Error CannotApprove = new(
        "review.cannot_approve", "The review is not awaiting approval, or you cannot approve it: the CEO or senior delegate (an authorised delegate of the organisation who did not write it) decides.");

    public static readonly Error CannotReviewOutcome = new(
        "review.cannot_review_outcome", "The review is not waiting for the department's decision, or you are not department staff.");
}
