using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

public static class IncidentErrors
{
    public static readonly Error Concurrency = new(
        "incident.concurrency", "Someone else changed this incident while you were working on it. Your changes were not saved: review the latest version and try again.");

    public static readonly Error ReasonRequired = new("incident.reason_required", "Enter the reason.", "Reason");

    public static readonly Error Incomplete = new(
        "incident.incomplete", "The report is not complete: finish every section before submitting it.");

    public static readonly Error NotDuringServiceDelivery = new(
        "incident.out_of_scope", "Only incidents that happened during service delivery are reported in CIMS.");

    public static readonly Error TooManyClients = new(
        "incident.clients_max", $"An incident can have at most {ClientInvolved.MaxPerIncident} clients.");

    public static readonly Error AlreadySubmitted = new(
        "incident.already_submitted", "This report has already been submitted: add an addendum instead of changing it.");

    public static readonly Error RecommendationNeedsMajorImpact = new(
        "incident.recommendation_not_major", "Only a major-impact incident has a follow-up to recommend.", "FollowUp");

    public static readonly Error RecommendationReasonRequired = new(
        "incident.recommendation_reason_required",
        "You recommend a different follow-up from the rules' suggestion: explain why, for the department.", "RecommendationReason");

    public static readonly Error RecommendationReasonTooLong = new(
        "incident.recommendation_reason_length",
        $"The reason must be {Incident.RecommendationReasonMaxLength} characters or fewer.", "RecommendationReason");

    public static readonly Error FollowUpAlreadyDecided = Error.Conflict(
        "incident.follow_up_decided", "The department has already decided the follow-up: the recommendation can no longer change.");

    public static readonly Error RecommendationNotAtDepartment = Error.Conflict(
        "incident.recommendation_not_at_department",
        "The recommendation can change only after the report is submitted to the department and before it decides the follow-up; before then, the delegate recommends it when endorsing.");

    public static readonly Error SummaryNotClosed = new(
        "incident.summary_not_closed", "The outcome summary for the reporter can be sent once the incident is closed.");

    public static readonly Error SummaryAlreadySent = new(
        "incident.summary_already_sent", "The outcome summary was already sent to the reporter.");

    public static readonly Error SummaryRequired = new("incident.summary_required", "Enter the outcome summary for the reporter.", "Summary");

    public static readonly Error SummaryTooLong = new(
        "incident.summary_length", $"The outcome summary must be {Incident.ReporterSummaryMaxLength} characters or fewer.", "Summary");

    public static readonly Error DepartmentHasActed = Error.Conflict(
        "incident.department_has_acted",
        "The department has already acted on this incident, so the report can no longer be replaced: send a correction as an addendum in CIMS instead.");

    public static readonly Error NoChanges = new("incident.no_changes", "The report sent is the same as the one CIMS holds: there is nothing to revise.");

    public static readonly Error RevisionReasonTooLong = new(
        "incident.reason_length", $"The reason must be {Incident.RevisionReasonMaxLength} characters or fewer.", "Reason");

    public static Error NotRevisable(IncidentStatus status) => Error.Conflict(
        "incident.not_revisable", $"An incident that is {status.Display().ToLowerInvariant()} cannot be revised: only a report endorsed and not yet acted on by the department can.");

    public static Error NotFound(int id) => Error.NotFound("incident.not_found", $"Incident {id} does not exist.");

    public static Error WrongStatus(IncidentStatus from, IncidentStatus to) => new(
        "incident.wrong_status", $"An incident that is {from.Display().ToLowerInvariant()} cannot become {to.Display().ToLowerInvariant()}.");
}
