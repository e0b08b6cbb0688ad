using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One organisation's investigations and reviews overdue now, and its requests to extend them by decision.</summary>
public sealed record OverdueRow(
    int OrganisationId, string Organisation, int InvestigationsOverdue, int ReviewsOverdue, int Requested, int Pending, int Approved, int Declined);

public sealed record OverdueView(AnalysisFilters Filters, IReadOnlyList<OverdueRow> Rows, bool Suppress)
{
    public int Overdue => Rows.Sum(r => r.InvestigationsOverdue + r.ReviewsOverdue);

    public int Requested => Rows.Sum(r => r.Requested);

    public int Approved => Rows.Sum(r => r.Approved);
}

/// <summary>
/// The overdue work and extensions tile (domain reference §10: "overdue items and extensions"): per organisation, the
/// filtered incidents' investigations and reviews past their due date and not on police hold, and every request to
/// extend one (T11), pending, approved or declined. Most overdue first.
/// </summary>
public sealed class OverdueProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<OverdueView> RunAsync(AnalysisFilters filters, AnalysisLookups? names, ClaimsPrincipal user, CancellationToken ct)
    {
        names ??= await AnalysisLookups.ForAsync(db, user, ct);
        var counts = await summary.ByOrganisationAsync(filters, user, ct) is { } sums
            ? [.. sums
                .Where(o => o.InvestigationsOverdue + o.ReviewsOverdue + o.ExtensionsRequested > 0)
                .Select(o => new OverdueRow(
                    o.OrganisationId, "", o.InvestigationsOverdue, o.ReviewsOverdue, o.ExtensionsRequested, o.ExtensionsPending, o.ExtensionsApproved, o.ExtensionsDeclined))]
            : await LiveAsync(filters, user, ct);
        var rows = counts.Select(r => r with { Organisation = AnalysisLookups.Name(names.Organisations, r.OrganisationId) })
            .OrderByDescending(r => r.InvestigationsOverdue + r.ReviewsOverdue).ThenBy(r => r.Organisation, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new OverdueView(filters, rows, AnalysisScope.IsDeidentified(user));
    }

    /// <summary>The rows counted now, their organisations not yet named.</summary>
    private async Task<List<OverdueRow>> LiveAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var incidents = AnalysisScope.Filtered(db, user, filters, now);
        var overdue = await FollowUpTerms.Work(db, now)
            .Where(f => f.Time == WorkTime.Overdue && incidents.Any(i => i.Id == f.IncidentId))
            .GroupBy(f => new { f.OrganisationId, f.Kind })
            .Select(g => new { g.Key.OrganisationId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var extensions = await FollowUpTerms.Extensions(db)
            .Where(e => incidents.Any(i => i.Id == e.IncidentId))
            .GroupBy(e => new { e.OrganisationId, e.Status })
            .Select(g => new { g.Key.OrganisationId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Overdue(int id, WorkKind kind) => overdue.Where(o => o.OrganisationId == id && o.Kind == kind).Sum(o => o.Count);
        int Extended(int id, ExtensionStatus? status) => extensions.Where(e => e.OrganisationId == id && (status == null || e.Status == status)).Sum(e => e.Count);
        return [.. overdue.Select(o => o.OrganisationId).Concat(extensions.Select(e => e.OrganisationId)).Distinct()
            .Select(id => new OverdueRow(
                id, "", Overdue(id, WorkKind.Investigation), Overdue(id, WorkKind.Review),
                Extended(id, null), Extended(id, ExtensionStatus.Pending), Extended(id, ExtensionStatus.Approved), Extended(id, ExtensionStatus.Declined)))];
    }
}

/// <summary>The overdue work and extensions tile on the dashboard.</summary>
public sealed class OverdueTileViewComponent(OverdueProjection projection) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AnalysisFilters filters, AnalysisLookups names) =>
        View("/Features/Incidents/Analysis/_Overdue.cshtml", await projection.RunAsync(filters, names, HttpContext.User, HttpContext.RequestAborted));
}
