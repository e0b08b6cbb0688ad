namespace Cims.Domain.Incidents;

/// <summary>Where an incident goes once the department has its report.</summary>
public enum DepartmentRoute
{
    /// <summary>Non-major impact: no follow-up; it stays "submitted to the department".</summary>
    None,

    /// <summary>E1 major impact: the department screens it and determines the follow-up.</summary>
    Screening,

    /// <summary>E2 and E3 major impact: the follow-up the rules suggest is determined at once.</summary>
    FollowUpByRule,
}
