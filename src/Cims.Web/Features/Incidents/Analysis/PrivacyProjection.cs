using System.Linq.Expressions;
using System.Security.Claims;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One figure of the privacy tile: what it counts (the drill-down's measure), its name and the count.</summary>
public sealed record PrivacyFigure(string Measure, string Label, int Count);

public sealed record PrivacyView(AnalysisFilters Filters, IReadOnlyList<PrivacyFigure> Figures, int Reported, bool Suppress);

/// <summary>One privacy report behind a figure, without names: number, dates, organisation, area, status and outcome.</summary>
public sealed record PrivacyRow(int Id, string? Number, DateOnly? OccurredOn, DateTimeOffset? SubmittedAt, int? OrganisationId, int? AreaId, PrivacyReportStatus Status, string? Outcome);

public sealed record PrivacyListPage(AnalysisFilters Filters, string Measure, AnalysisLookups Names, PageOf<PrivacyRow>? Results, bool Deidentified);

/// <summary>
/// The privacy incidents the department received (domain reference §10: count, on time, breach yes/no, outcome),
/// under the filters that apply to them: the dates, division, area, program, service type and organisation. Each
/// figure is a measure the drill-down list (<c>/Analysis/Privacy</c>) filters on.
/// </summary>
public sealed class PrivacyProjection(CimsDbContext db)
{
    public const string All = "all";
    public const string OnTime = "ontime";
    public const string Late = "late";
    public const string Breach = "breach";
    public const string Open = "open";

    public static bool IsMeasure(string? measure) =>
        measure is All or OnTime or Late or Breach or Open || PrivacyOutcomes.All.Any(o => o.Code == measure);

    public async Task<PrivacyView> RunAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        // One pass over the reports, grouped by outcome (none while open), on time, breach and open: a few rows to add up.
        var groups = await Filtered(filters)
            .GroupBy(r => new { r.Outcome, OnTime = r.SubmittedAt <= r.DueAt, Breach = r.Containment!.BreachOccurred, Open = r.Status != PrivacyReportStatus.Closed })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var reported = groups.Sum(g => g.Count);
        if (reported == 0)
            return new PrivacyView(filters, [], 0, AnalysisScope.IsDeidentified(user));
        var onTime = groups.Where(g => g.Key.OnTime).Sum(g => g.Count);
        var breach = groups.Where(g => g.Key.Breach).Sum(g => g.Count);
        var open = groups.Where(g => g.Key.Open).Sum(g => g.Count);
        var outcomes = groups.Where(g => g.Key.Outcome != null).GroupBy(g => g.Key.Outcome).Select(o => new { o.Key, Count = o.Sum(g => g.Count) }).ToList();
        List<PrivacyFigure> figures =
        [
            new(All, "Privacy incidents reported", reported),
            new(OnTime, "Reported within one business day", onTime),
            new(Late, "Reported late", reported - onTime),
            new(Breach, "A breach occurred, as reported", breach),
            new(Open, "Still being assessed", open),
            .. PrivacyOutcomes.All.Select(o => new PrivacyFigure(o.Code, $"Closed: {o.Label}", outcomes.FirstOrDefault(x => x.Key == o.Code)?.Count ?? 0)),
        ];
        return new PrivacyView(filters, figures, reported, AnalysisScope.IsDeidentified(user));
    }

    public async Task<PrivacyListPage> ListAsync(AnalysisFilters filters, string measure, bool valid, ClaimsPrincipal user, CancellationToken ct)
    {
        var names = await AnalysisLookups.ForAsync(db, user, ct);
        var results = valid ? await Rows(filters, measure).ToPageAsync(filters.Page, ct) : null;
        return new PrivacyListPage(filters, measure, names, results, AnalysisScope.IsDeidentified(user));
    }

    public IAsyncEnumerable<PrivacyRow> AllAsync(AnalysisFilters filters, string measure) => Rows(filters, measure).AsAsyncEnumerable();

    private IQueryable<PrivacyRow> Rows(AnalysisFilters filters, string measure) =>
        Filtered(filters).Where(Measure(measure)).AsNoTracking()
            .OrderByDescending(r => r.Dates!.OccurredOn).ThenByDescending(r => r.Id)
            .Select(r => new PrivacyRow(r.Id, r.ReportNumber, (DateOnly?)r.Dates!.OccurredOn, r.SubmittedAt, (int?)r.Service!.OrganisationId, (int?)r.Service!.AreaId, r.Status, r.Outcome));

    private static Expression<Func<PrivacyReport, bool>> Measure(string measure) => measure switch
    {
        OnTime => r => r.SubmittedAt <= r.DueAt,
        Late => r => !(r.SubmittedAt <= r.DueAt),
        Breach => r => r.Containment!.BreachOccurred,
        Open => r => r.Status != PrivacyReportStatus.Closed,
        All => r => true,
        _ => r => r.Outcome == measure,
    };

    private IQueryable<PrivacyReport> Filtered(AnalysisFilters f)
    {
        var query = db.PrivacyReports.Where(r => r.ReportNumber != null && r.Status != PrivacyReportStatus.Draft);
        if (f.DivisionId is { } divisionId)
            query = query.Where(r => db.Areas.Any(a => a.Id == r.Service!.AreaId && a.DivisionId == divisionId));
        if (f.AreaId is { } areaId)
            query = query.Where(r => r.Service!.AreaId == areaId);
        if (f.ProgramId is { } programId)
            query = query.Where(r => r.Service!.ProgramId == programId);
        if (f.ServiceTypeId is { } serviceTypeId)
            query = query.Where(r => r.Service!.ServiceTypeId == serviceTypeId);
        if (f.OrganisationId is { } organisationId)
            query = query.Where(r => r.Service!.OrganisationId == organisationId);
        return DateRangeFilter.Apply(query, f, r => r.Dates!.OccurredOn, r => r.SubmittedAt);
    }
}

public sealed class PrivacyTileViewComponent(PrivacyProjection projection) : Microsoft.AspNetCore.Mvc.ViewComponent
{
    public async Task<Microsoft.AspNetCore.Mvc.IViewComponentResult> InvokeAsync(AnalysisFilters filters) =>
        View("/Features/Incidents/Analysis/_Privacy.cshtml", await projection.RunAsync(filters, HttpContext.User, HttpContext.RequestAborted));
}
