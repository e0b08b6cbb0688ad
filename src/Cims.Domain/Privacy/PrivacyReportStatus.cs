namespace Cims.Domain.Privacy;

/// <summary>Where a privacy incident report is: a public draft, then the department's assessment.</summary>
public enum PrivacyReportStatus
{
    /// <summary>Being filled in through the public form, behind its token.</summary>
    Draft,

    /// <summary>Declared and submitted: it has a report number.</summary>
    Submitted,

    /// <summary>A breach occurred (or the reporter was unsure): the privacy officer assesses it.</summary>
    UnderAssessment,

    /// <summary>No breach occurred, or the assessment is finished.</summary>
    Closed,
}

/// <summary>The stages of the "Report and Contain" tab, in order.</summary>
public enum PrivacyStage
{
    Service,
    Officer,
    Dates,
    Description,
    People,
    Containment,
}
