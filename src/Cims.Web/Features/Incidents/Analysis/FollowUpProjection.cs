using System.Security.Claims;
using Cims.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>How many were done on time and how many were late (approved late, or overdue now).</summary>
public readonly record struct OnTimeCount(int OnTime, int Late)
{
    public int Counted => OnTime + Late;

    public static OnTimeCount operator +(OnTimeCount a, OnTimeCount b) => new(a.OnTime + b.OnTime, a.Late + b.Late);
}

/// <summary>One organisation's investigations, reviews and incidents' follow-up outcomes against their due dates.</summary>
public sealed record FollowUpRow(int OrganisationId, string Organisation, OnTimeCount Investigations, OnTimeCount Reviews, OnTimeCount Outcomes);

public sealed record FollowUpView(AnalysisFilters Filters, IReadOnlyList<FollowUpRow> Rows, bool Suppress)
{
    public OnTimeCount Investigations => Rows.Aggregate(default(OnTimeCount), (sum, r) => sum + r.Investigations);

    public OnTimeCount Reviews => Rows.Aggregate(default(OnTimeCount), (sum, r) => sum + r.Reviews);

    public OnTimeCount Outcomes => Rows.Aggregate(default(OnTimeCount), (sum, r) => sum + r.Outcomes);
}

/// <summary>
/// The follow-up timeliness tile (domain reference §10: "the share of … investigations and reviews meeting T2–T10"):
/// per organisation, the filtered incidents' investigations and reviews done on time or late, and their follow-up
/// outcomes (on time when every part was approved on time; late when any part was late). Work still within its time
/// is not counted yet. Outcomes are counted with the drill-down's own query, so a figure and its list always agree.
/// </summary>
public sealed class FollowUpProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<FollowUpView> RunAsync(AnalysisFilters filters, AnalysisLookups? names, ClaimsPrincipal user, CancellationToken ct)
    {
        names ??= await AnalysisLookups.ForAsync(db, user, ct);
        var counts = await summary.ByOrganisationAsync(filters, user, ct) is { } sums
            ? [.. sums
                .Select(o => (o.OrganisationId, new OnTimeCount(o.InvestigationsOnTime, o.InvestigationsLate), new OnTimeCount(o.ReviewsOnTime, o.ReviewsLate), new OnTimeCount(o.OutcomesOnTime, o.OutcomesLate)))
                .Where(o => o.Item2.Counted + o.Item3.Counted + o.Item4.Counted > 0)]
            : await LiveAsync(filters, user, ct);
        var rows = counts.Select(c => new FollowUpRow(c.OrganisationId, AnalysisLookups.Name(names.Organisations, c.OrganisationId), c.Investigations, c.Reviews, c.Outcomes))
            .OrderByDescending(r => r.Outcomes.Late).ThenBy(r => r.Organisation, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new FollowUpView(filters, rows, AnalysisScope.IsDeidentified(user));
    }

    private async Task<List<(int OrganisationId, OnTimeCount Investigations, OnTimeCount Reviews, OnTimeCount Outcomes)>> LiveAsync(
        AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var incidents = AnalysisScope.Filtered(db, user, filters, now);
        var work = await FollowUpTerms.Work(db, now)
            .Where(f => f.Time != WorkTime.Pending && incidents.Any(i => i.Id == f.IncidentId))
            .GroupBy(f => new { f.OrganisationId, f.Kind })
            .Select(g => new { g.Key.OrganisationId, g.Key.Kind, OnTime = g.Count(f => f.Time == WorkTime.OnTime), Late = g.Count(f => f.Time != WorkTime.OnTime) })
            .ToListAsync(ct);
        var onTime = await CountAsync(WorkMeasures.Where(incidents, db, WorkMeasure.OutcomeOnTime, now), ct);
        var late = await CountAsync(WorkMeasures.Where(incidents, db, WorkMeasure.OutcomeLate, now), ct);
        return [.. work.Select(w => w.OrganisationId).Concat(onTime.Keys).Concat(late.Keys).Distinct()
            .Select(id => (
                id,
                work.Where(w => w.OrganisationId == id && w.Kind == WorkKind.Investigation).Select(w => new OnTimeCount(w.OnTime, w.Late)).FirstOrDefault(),
                work.Where(w => w.OrganisationId == id && w.Kind == WorkKind.Review).Select(w => new OnTimeCount(w.OnTime, w.Late)).FirstOrDefault(),
                new OnTimeCount(onTime.GetValueOrDefault(id), late.GetValueOrDefault(id))))];
    }

    private static async Task<Dictionary<int, int>> CountAsync(IQueryable<Domain.Incidents.Incident> incidents, CancellationToken ct) =>
        (await incidents.GroupBy(i => i.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
}

/// <summary>The follow-up timeliness tile on the dashboard.</summary>
public sealed class FollowUpTileViewComponent(FollowUpProjection projection) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AnalysisFilters filters, AnalysisLookups names) =>
        View("/Features/Incidents/Analysis/_FollowUp.cshtml", await projection.RunAsync(filters, names, HttpContext.User, HttpContext.RequestAborted));
}
