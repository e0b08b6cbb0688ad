using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One incident type's allegations with a finding, and how many were substantiated.</summary>
public sealed record SubstantiationRow(string IncidentType, int Findings, int Substantiated);

public sealed record SubstantiationView(AnalysisFilters Filters, IReadOnlyList<SubstantiationRow> Rows, bool Suppress)
{
    public int Findings => Rows.Sum(r => r.Findings);

    public int Substantiated => Rows.Sum(r => r.Substantiated);
}

/// <summary>
/// The substantiation tile: the allegations of the filtered incidents' investigations that have a finding, by the
/// allegation's incident type, with the substantiated ones (domain reference §10: "substantiation rate by type").
/// </summary>
public sealed class SubstantiationProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<SubstantiationView> RunAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await summary.FindingsAsync(filters, user, ct) is { } cells ? await Summary.SummaryCounts.FindingsAsync(cells, ct) : await LiveAsync(filters, user, ct);
        return new SubstantiationView(
            filters,
            [.. rows.Select(r => new SubstantiationRow(r.Type, r.Findings, r.Substantiated)).OrderByDescending(r => r.Findings).ThenBy(r => r.IncidentType, StringComparer.CurrentCultureIgnoreCase)],
            AnalysisScope.IsDeidentified(user));
    }

    private async Task<List<(string Type, int Findings, int Substantiated)>> LiveAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await (
            from i in AnalysisScope.Filtered(db, user, filters, time.GetUtcNow())
            join v in db.Investigations on i.Id equals v.IncidentId
            from a in v.Allegations
            where a.Finding != null
            group a by a.IncidentType into g
            select new { g.Key, Findings = g.Count(), Substantiated = g.Count(a => a.Finding == AllegationFinding.Substantiated) })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Key, r.Findings, r.Substantiated))];
    }
}

public sealed class SubstantiationTileViewComponent(SubstantiationProjection projection) : Microsoft.AspNetCore.Mvc.ViewComponent
{
    public async Task<Microsoft.AspNetCore.Mvc.IViewComponentResult> InvokeAsync(AnalysisFilters filters) =>
        View("/Features/Incidents/Analysis/_Substantiation.cshtml", await projection.RunAsync(filters, HttpContext.User, HttpContext.RequestAborted));
}
