namespace Cims.Domain.Incidents;

/// <summary>Where a client incident is in its lifecycle (domain reference §6). Stored as text.</summary>
public enum IncidentStatus
{
    Draft,
    AwaitingEndorsement,
    ReturnedToReporter,
    NonMajorRecorded,
    SubmittedToDepartment,
    DepartmentReview,
    FollowUpDetermined,
    InvestigationInProgress,
    ReviewInProgress,
    OutcomePendingApproval,
    OutcomeSubmitted,
    Closed,
    Withdrawn,
}

public static class IncidentStatusText
{
    public static string Display(this IncidentStatus status) => status switch
    {
        IncidentStatus.Draft => "Draft",
        IncidentStatus.AwaitingEndorsement => "Awaiting endorsement",
        IncidentStatus.ReturnedToReporter => "Returned for correction",
        IncidentStatus.NonMajorRecorded => "Endorsed – waiting for the monthly batch",
        IncidentStatus.SubmittedToDepartment => "Submitted to the department",
        IncidentStatus.DepartmentReview => "Department screening",
        IncidentStatus.FollowUpDetermined => "Follow-up determined",
        IncidentStatus.InvestigationInProgress => "Investigation in progress",
        IncidentStatus.ReviewInProgress => "Review in progress",
        IncidentStatus.OutcomePendingApproval => "Outcome awaiting approval",
        IncidentStatus.OutcomeSubmitted => "Outcome submitted to the department",
        IncidentStatus.Closed => "Closed",
        IncidentStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
