using Cims.Domain.Common;

namespace Cims.Domain.Investigations;

public static class InvestigationErrors
{
    public static readonly Error Concurrency = new(
        "investigation.concurrency", "Someone else changed this investigation while you were working on it. Your changes were not saved: review the latest version and try again.");

    public static readonly Error NoInvestigationFollowUp = new(
        "investigation.no_investigation_follow_up", "This incident's follow-up does not include an investigation.");

    public static readonly Error AlreadyAssigned = new(
        "investigation.already_assigned", "This incident already has an investigation manager: reassign it from the investigation's page.");

    public static readonly Error SameAssignee = new(
        "investigation.same_assignee", "The investigation is already assigned to that person.", "ManagerUserId");

    public static readonly Error ReasonRequired = new("investigation.reason_required", "Enter the reason.", "Reason");

    public static readonly Error ReasonTooLong = new(
        "investigation.reason_length", $"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.", "Reason");

    public static readonly Error ExternalNameRequired = new(
        "investigation.external_name_required", "Enter the external investigator's name.", "ExternalName");

    public static readonly Error ExternalOrganisationRequired = new(
        "investigation.external_organisation_required", "Enter the external investigator's organisation.", "ExternalOrganisation");

    public static readonly Error ExternalContactRequired = new(
        "investigation.external_contact_required", "Enter how to contact the external investigator (telephone or e-mail).", "ExternalContact");

    public static readonly Error PlanIncomplete = new(
        "investigation.plan_incomplete", "The plan is not complete: fill in every section before submitting it for endorsement.");

    public static readonly Error PlanPeriodOrder = new(
        "investigation.plan_period_order", "The investigation period must end on or after the day it starts.", "PeriodEnd");

    public static readonly Error PlanNotEditable = new(
        "investigation.plan_not_editable", "The plan can be changed only while it is in preparation (before it is submitted, or after it is returned).");

    public static readonly Error AllegationNotFound = Error.NotFound("investigation.allegation_not_found", "That allegation is not part of this investigation.");

    public static readonly Error AllegationHasFinding = new(
        "investigation.allegation_has_finding", "An allegation with a finding cannot be removed: change its finding instead.");

    public static readonly Error FindingReasonsRequired = new(
        "investigation.finding_reasons_required", "Give the reasons for the finding: the evidence it rests on, weighed on the balance of probabilities.", "Reasons");

    public static readonly Error EvidenceNotFound = Error.NotFound("investigation.evidence_not_found", "That evidence is not in this investigation's log.");

    public static readonly Error RecommendationNotFound = Error.NotFound("investigation.recommendation_not_found", "That recommendation is not part of this investigation.");

    public static readonly Error DoneEvidenceRequired = new(
        "investigation.done_evidence_required", "Describe the evidence that the recommendation was done.", "Note");

    public static readonly Error NotAcceptedReasonRequired = new(
        "investigation.not_accepted_reason_required", "Say why the recommendation was not accepted.", "Note");

    public static Error NotInProgress(InvestigationStatus status) => new(
        "investigation.not_in_progress", $"The investigation's content can be changed only while it is in progress; it is \"{status.Display().ToLowerInvariant()}\".");

    public static readonly Error FindingsMissing = new(
        "investigation.findings_missing", "Record a finding, with its reasons, on every allegation before submitting the outcome.");

    public static readonly Error OutcomeIncomplete = new(
        "investigation.outcome_incomplete", "The outcome report is not complete: fill in every section before submitting it for approval.");

    public static readonly Error NewDueDateInPast = new(
        "investigation.new_due_in_past", "The new due date must be after today.", "DueOnDay");

    public static Error NotFound(int id) => Error.NotFound("investigation.not_found", $"Investigation {id} does not exist.");

    public static Error WrongStatus(InvestigationStatus from, InvestigationStatus to) => new(
        "investigation.wrong_status", $"An investigation whose status is \"{from.Display().ToLowerInvariant()}\" cannot become \"{to.Display().ToLowerInvariant()}\".");
}
