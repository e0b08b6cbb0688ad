using Cims.Domain.Incidents;

namespace Cims.Domain.Privacy;

/// <summary>
/// Stage 1, Service: the organisation delivering the service when the incident happened, where, and
/// through which area, program and service type.
/// </summary>
public sealed record PrivacyService(int OrganisationId, Address ServiceAddress, bool ManualAddress, int AreaId, int ProgramId, int ServiceTypeId)
{
    private PrivacyService()
        : this(0, null!, false, 0, 0, 0)
    {
    }
}

/// <summary>Stage 2, Reporting officer: who reports (never anonymous) and their line manager, the incident manager.</summary>
public sealed record PrivacyOfficer(
    string Surname, string GivenName, string JobTitle, string Telephone, string Email, string LineManagerName);

/// <summary>
/// Stage 3, Dates: when the incident happened (Melbourne local date and time, each with its accuracy)
/// and when it was disclosed to the service: the instant that starts the one-business-day clock.
/// </summary>
public sealed record PrivacyDates(
    DateOnly OccurredOn, string DateAccuracy, TimeOnly OccurredAtTime, string TimeAccuracy, DateTimeOffset DisclosedAt);

/// <summary>Stage 4, Description: where it happened and what happened, short and factual.</summary>
public sealed record PrivacyDescription(string Location, string Description)
{
    public const int LocationMaxLength = 200;
    public const int DescriptionMaxLength = 5000;
}

/// <summary>
/// Stage 6, Containment: what was disclosed, what was done, who was consulted, whether the information
/// is contained, whether there is further risk, and whether a breach occurred (Yes or unsure → assessment; No → closed).
/// </summary>
public sealed record PrivacyContainment(
    IReadOnlyList<string> InformationDisclosed,
    string? ActionsTaken,
    IReadOnlyList<string> Consultation,
    string? ConsultationOther,
    string DisclosureStatus,
    bool FurtherRisk,
    bool BreachOccurred,
    string? CaseNotes)
{
    public const int ActionsTakenMaxLength = 5000;
    public const int ConsultationOtherMaxLength = 500;
    public const int CaseNotesMaxLength = 5000;

    /// <summary>The consultation code that reveals the "who was consulted" field.</summary>
    public const string OtherConsultation = "OTHER";
}
