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
}
