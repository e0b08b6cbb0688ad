using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>
/// The plan's own sections as typed: the manager's position and telephone, the investigation period (two dates
/// typed as day, month and year), incident details, the Victoria Police response and the proposed methodology.
/// <see cref="Action"/> is the button pressed: save the plan as it stands, or save and submit it for endorsement.
/// </summary>
public sealed record PlanForm
{
    public const string Save = "save";
    public const string Submit = "submit";

    public Guid? Version { get; init; }

    public string? Action { get; init; }

    public string? ManagerPosition { get; init; }

    public string? ManagerTelephone { get; init; }

    public string? PeriodStartDay { get; init; }

    public string? PeriodStartMonth { get; init; }

    public string? PeriodStartYear { get; init; }

    public string? PeriodEndDay { get; init; }

    public string? PeriodEndMonth { get; init; }

    public string? PeriodEndYear { get; init; }

    public string? IncidentDetails { get; init; }

    public string? PoliceResponse { get; init; }

    public string? Methodology { get; init; }

    public bool Submits => Action == Submit;

    public DateOnly? PeriodStart => DateFields.Parse(PeriodStartDay, PeriodStartMonth, PeriodStartYear);

    public DateOnly? PeriodEnd => DateFields.Parse(PeriodEndDay, PeriodEndMonth, PeriodEndYear);

    public InvestigationPlan ToPlan() => new(
        Clean(ManagerPosition), Clean(ManagerTelephone), PeriodStart, PeriodEnd,
        Clean(IncidentDetails), Clean(PoliceResponse), Clean(Methodology));

    public static PlanForm From(Investigation investigation) => new()
    {
        Version = investigation.Version,
        ManagerPosition = investigation.Plan.ManagerPosition,
        ManagerTelephone = investigation.Plan.ManagerTelephone,
        PeriodStartDay = investigation.Plan.PeriodStart?.Day.ToString(DateFields.Culture),
        PeriodStartMonth = investigation.Plan.PeriodStart?.Month.ToString(DateFields.Culture),
        PeriodStartYear = investigation.Plan.PeriodStart?.Year.ToString(DateFields.Culture),
        PeriodEndDay = investigation.Plan.PeriodEnd?.Day.ToString(DateFields.Culture),
        PeriodEndMonth = investigation.Plan.PeriodEnd?.Month.ToString(DateFields.Culture),
        PeriodEndYear = investigation.Plan.PeriodEnd?.Year.ToString(DateFields.Culture),
        IncidentDetails = investigation.Plan.IncidentDetails,
        PoliceResponse = investigation.Plan.PoliceResponse,
        Methodology = investigation.Plan.Methodology,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
