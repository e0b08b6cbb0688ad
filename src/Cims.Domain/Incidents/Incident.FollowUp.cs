using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

public sealed partial class Incident
{
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
