using Cims.Domain.Reviews;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>
/// The review's written sections as typed. A case review: the review period (two dates typed as day, month and year),
/// incident details, defining the problem, rationale, methodology, interviews, documentary and other evidence, and the
/// assessment and key issues. An RCA review: the review team and the findings. Any may be left empty while it is written.
/// </summary>
public sealed record ReportForm
{
    public Guid? Version { get; init; }

    public string? PeriodFromDay { get; init; }

    public string? PeriodFromMonth { get; init; }

    public string? PeriodFromYear { get; init; }

    public string? PeriodToDay { get; init; }

    public string? PeriodToMonth { get; init; }

    public string? PeriodToYear { get; init; }

    public string? IncidentDetails { get; init; }

    public string? Problem { get; init; }

    public string? Rationale { get; init; }

    public string? Methodology { get; init; }

    public string? Interviews { get; init; }

    public string? Evidence { get; init; }

    public string? Assessment { get; init; }

    public string? Team { get; init; }

    public string? Findings { get; init; }

    public DateOnly? PeriodFrom => DateFields.Parse(PeriodFromDay, PeriodFromMonth, PeriodFromYear);

    public DateOnly? PeriodTo => DateFields.Parse(PeriodToDay, PeriodToMonth, PeriodToYear);

    public CaseReviewReport ToCaseReport() => new(
        PeriodFrom, PeriodTo, Clean(IncidentDetails), Clean(Problem), Clean(Rationale), Clean(Methodology), Clean(Interviews), Clean(Evidence), Clean(Assessment));

    public RcaReport ToRcaReport() => new(Clean(Team), Clean(Findings));

    public static ReportForm From(Review review)
    {
        var c = review.CaseReport;
        return new()
        {
            Version = review.Version,
            PeriodFromDay = c.PeriodFrom?.Day.ToString(DateFields.Culture),
            PeriodFromMonth = c.PeriodFrom?.Month.ToString(DateFields.Culture),
            PeriodFromYear = c.PeriodFrom?.Year.ToString(DateFields.Culture),
            PeriodToDay = c.PeriodTo?.Day.ToString(DateFields.Culture),
            PeriodToMonth = c.PeriodTo?.Month.ToString(DateFields.Culture),
            PeriodToYear = c.PeriodTo?.Year.ToString(DateFields.Culture),
            IncidentDetails = c.IncidentDetails,
            Problem = c.Problem,
            Rationale = c.Rationale,
            Methodology = c.Methodology,
            Interviews = c.Interviews,
            Evidence = c.Evidence,
            Assessment = c.Assessment,
            Team = review.RcaReport.Team,
            Findings = review.RcaReport.Summary,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
