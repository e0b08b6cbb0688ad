namespace Cims.Domain.Investigations;

/// <summary>
/// The investigation plan's own sections (domain reference §8.1): the manager's details, and the investigation
/// approach (period, incident details, Victoria Police response, proposed methodology). Service details and the
/// incident summary come from the incident report; approval is the endorsement recorded on the investigation.
/// Any field may be empty while the plan is in preparation; <see cref="IsComplete"/> says when it can be submitted.
/// </summary>
public sealed record InvestigationPlan(
    string? ManagerPosition,
    string? ManagerTelephone,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? IncidentDetails,
    string? PoliceResponse,
    string? Methodology)
{
    public const int ShortMaxLength = 100;
    public const int TelephoneMaxLength = 20;
    public const int TextMaxLength = 4000;

    public static readonly InvestigationPlan Empty = new(null, null, null, null, null, null, null);

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(ManagerPosition) && !string.IsNullOrWhiteSpace(ManagerTelephone)
        && PeriodStart is not null && PeriodEnd is not null
        && !string.IsNullOrWhiteSpace(IncidentDetails) && !string.IsNullOrWhiteSpace(PoliceResponse)
        && !string.IsNullOrWhiteSpace(Methodology);

    public bool PeriodInOrder => PeriodStart is null || PeriodEnd is null || PeriodEnd >= PeriodStart;
}
