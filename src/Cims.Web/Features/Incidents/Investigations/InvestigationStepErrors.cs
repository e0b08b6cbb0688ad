using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>Why a user cannot take an investigation step they can see.</summary>
public static class InvestigationStepErrors
{
    public static readonly Error NotAwaitingInvestigator = new(
        "investigation.not_awaiting_investigator", "This incident is not waiting for an investigation manager, or you are not its organisation's authorised delegate.");

    public static readonly Error CannotReassign = new(
        "investigation.cannot_reassign", "Only the organisation's authorised delegate can reassign an open investigation.");

    public static readonly Error CannotEditPlan = new(
        "investigation.cannot_edit_plan", "Only the investigation manager can change the plan, and only while it is in preparation.");

    public static readonly Error CannotDecidePlan = new(
        "investigation.cannot_decide_plan", "The plan is not awaiting endorsement, or you cannot endorse it: an authorised delegate of the organisation who did not write the plan decides.");

    public static readonly Error CannotWork = new(
        "investigation.cannot_work", "Only the investigation manager can change the investigation's content, and only while it is in progress.");

    public static readonly Error CannotTrack = new(
        "investigation.cannot_track", "Only the investigation manager or the organisation's authorised delegate can update a recommendation.");

    public static readonly Error CannotApproveOutcome = new(
        "investigation.cannot_approve_outcome", "The outcome is not awaiting approval, or you cannot approve it: the CEO or senior delegate (an authorised delegate of the organisation who did not write it) decides.");

    public static readonly Error CannotReviewOutcome = new(
        "investigation.cannot_review_outcome", "The outcome is not waiting for the department's review, or you are not department staff.");

    public static readonly Error UnknownManager = new(
        "investigation.unknown_manager", "Choose an investigation manager of your organisation.", "ManagerUserId");

    public static readonly Error UnknownAccountable = new(
        "investigation.unknown_accountable", "Choose the user of your organisation accountable for the external investigator.", "AccountableUserId");
}
