namespace Cims.Domain.Incidents;

/// <summary>The one transition table of the incident (domain reference §6.2).</summary>
public static class IncidentWorkflow
{
    private static readonly HashSet<(IncidentStatus From, IncidentStatus To)> Allowed =
    [
        (IncidentStatus.Draft, IncidentStatus.AwaitingEndorsement),
        (IncidentStatus.AwaitingEndorsement, IncidentStatus.ReturnedToReporter),
        (IncidentStatus.ReturnedToReporter, IncidentStatus.AwaitingEndorsement),
        (IncidentStatus.AwaitingEndorsement, IncidentStatus.SubmittedToDepartment),
        (IncidentStatus.AwaitingEndorsement, IncidentStatus.NonMajorRecorded),
        (IncidentStatus.NonMajorRecorded, IncidentStatus.SubmittedToDepartment),
        (IncidentStatus.SubmittedToDepartment, IncidentStatus.Closed),
        (IncidentStatus.SubmittedToDepartment, IncidentStatus.DepartmentReview),
        (IncidentStatus.SubmittedToDepartment, IncidentStatus.FollowUpDetermined),
        (IncidentStatus.DepartmentReview, IncidentStatus.FollowUpDetermined),
        (IncidentStatus.DepartmentReview, IncidentStatus.SubmittedToDepartment),
        (IncidentStatus.FollowUpDetermined, IncidentStatus.Closed),
        (IncidentStatus.FollowUpDetermined, IncidentStatus.InvestigationInProgress),
        (IncidentStatus.InvestigationInProgress, IncidentStatus.OutcomePendingApproval),
        (IncidentStatus.OutcomePendingApproval, IncidentStatus.InvestigationInProgress),
        (IncidentStatus.OutcomePendingApproval, IncidentStatus.OutcomeSubmitted),
        (IncidentStatus.OutcomeSubmitted, IncidentStatus.Closed),
        (IncidentStatus.OutcomeSubmitted, IncidentStatus.InvestigationInProgress),
        (IncidentStatus.FollowUpDetermined, IncidentStatus.ReviewInProgress),
        (IncidentStatus.ReviewInProgress, IncidentStatus.OutcomePendingApproval),
        (IncidentStatus.OutcomePendingApproval, IncidentStatus.ReviewInProgress),
        (IncidentStatus.OutcomeSubmitted, IncidentStatus.ReviewInProgress),
        (IncidentStatus.OutcomePendingApproval, IncidentStatus.Closed),
    ];

    public static bool CanMove(IncidentStatus from, IncidentStatus to) =>
        Allowed.Contains((from, to)) || (to == IncidentStatus.Withdrawn && from is not (IncidentStatus.Closed or IncidentStatus.Withdrawn));

    /// <summary>Before submission to the department the report text may still be edited.</summary>
    public static bool IsEditable(IncidentStatus status) =>
        status is IncidentStatus.Draft or IncidentStatus.ReturnedToReporter or IncidentStatus.AwaitingEndorsement;
}
