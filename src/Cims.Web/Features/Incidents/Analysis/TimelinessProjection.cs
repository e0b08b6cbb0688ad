using System.Security.Claims;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One organisation's reports: how many had a due date, and how many reached the department by it.</summary>
public sealed record TimelinessRow(int OrganisationId, string Organisation, int Reports, int OnTime)
{
    public int Late => Reports - OnTime;
}

/// <summary>The timeliness tile: per organisation, the share of reports that reached the department by their due date.</summary>
public sealed record TimelinessView(AnalysisFilters Filters, IReadOnlyList<TimelinessRow> Rows, bool Suppress)
{
    public int Reports => Rows.Sum(r => r.Reports);

    public int OnTime => Rows.Sum(r => r.OnTime);
}

/// <summary>Counts, per organisation, the filtered reports with a due date and those on time: one grouped query.</summary>
public sealed class TimelinessProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<TimelinessView> RunAsync(AnalysisFilters filters, AnalysisLookups? names, ClaimsPrincipal user, CancellationToken ct)
    {
        names ??= await AnalysisLookups.ForAsync(db, user, ct);
        var grouped = await summary.ByOrganisationAsync(filters, user, ct) is { } sums
            ? [.. sums.Where(o => o.ReportsDue > 0).Select(o => (o.OrganisationId, o.ReportsDue, o.ReportsOnTime))]
            : await LiveAsync(filters, user, ct);
        var rows = grouped.Select(g => new TimelinessRow(g.OrganisationId, AnalysisLookups.Name(names.Organisations, g.OrganisationId), g.Reports, g.OnTime))
            .OrderBy(r => (double)r.OnTime / r.Reports).ThenBy(r => r.Organisation, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new TimelinessView(filters, rows, AnalysisScope.IsDeidentified(user));
    }

    private async Task<List<(int OrganisationId, int Reports, int OnTime)>> LiveAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var grouped = await AnalysisScope.Filtered(db, user, filters, time.GetUtcNow()).Where(i => i.DueAt != null)
            .GroupBy(i => i.OrganisationId)
            .Select(g => new { g.Key, Reports = g.Count(), OnTime = g.Count(i => i.SubmittedAt <= i.DueAt) })
            .ToListAsync(ct);
        return [.. grouped.Select(g => (g.Key, g.Reports, g.OnTime))];
    }
}

/// <summary>The timeliness tile on the dashboard.</summary>
public sealed class TimelinessTileViewComponent(TimelinessProjection projection) : Microsoft.AspNetCore.Mvc.ViewComponent
{
    public async Task<Microsoft.AspNetCore.Mvc.IViewComponentResult> InvokeAsync(AnalysisFilters filters, AnalysisLookups names) =>
        View("/Features/Incidents/Analysis/_Timeliness.cshtml", await projection.RunAsync(filters, names, HttpContext.User, HttpContext.RequestAborted));
}
