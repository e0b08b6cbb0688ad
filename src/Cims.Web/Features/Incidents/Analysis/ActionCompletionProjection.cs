using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One organisation's actions: all of them, done, not accepted, still open (of which overdue).</summary>
public sealed record ActionCompletionRow(int OrganisationId, string Organisation, int Total, int Done, int NotAccepted, int Open, int Overdue)
{
    /// <summary>The actions accepted: done ones are counted against these.</summary>
    public int Accepted => Total - NotAccepted;
}

public sealed record ActionCompletionView(AnalysisFilters Filters, IReadOnlyList<ActionCompletionRow> Rows, bool Suppress)
{
    public int Done => Rows.Sum(r => r.Done);

    public int Accepted => Rows.Sum(r => r.Accepted);

    public int Overdue => Rows.Sum(r => r.Overdue);
}

/// <summary>
/// The action completion tile (domain reference §10: "recommendation completion rate"): per organisation, the filtered
/// incidents' investigation recommendations and review actions, and the share of those accepted that are done. Actions
/// of closed incidents still count until done, as in the action register. Least complete first.
/// </summary>
public sealed class ActionCompletionProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<ActionCompletionView> RunAsync(AnalysisFilters filters, AnalysisLookups? names, ClaimsPrincipal user, CancellationToken ct)
    {
        names ??= await AnalysisLookups.ForAsync(db, user, ct);
        var counts = await summary.ByOrganisationAsync(filters, user, ct) is { } sums
            ? [.. sums.Where(o => o.Actions > 0)
                .Select(o => new ActionCompletionRow(o.OrganisationId, "", o.Actions, o.ActionsDone, o.ActionsNotAccepted, o.ActionsOpen, o.ActionsOverdue))]
            : await LiveAsync(filters, user, ct);
        var rows = counts.Select(r => r with { Organisation = AnalysisLookups.Name(names.Organisations, r.OrganisationId) })
            .OrderBy(r => r.Accepted == 0 ? 1 : (double)r.Done / r.Accepted).ThenBy(r => r.Organisation, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new ActionCompletionView(filters, rows, AnalysisScope.IsDeidentified(user));
    }

    /// <summary>The rows counted now, their organisations not yet named.</summary>
    private async Task<List<ActionCompletionRow>> LiveAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var incidents = AnalysisScope.Filtered(db, user, filters, time.GetUtcNow());
        var counts = await FollowUpTerms.Actions(db, time.Today())
            .Where(a => incidents.Any(i => i.Id == a.IncidentId))
            .GroupBy(a => new { a.OrganisationId, a.Status, a.Overdue })
            .Select(g => new { g.Key.OrganisationId, g.Key.Status, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(ct);
        return [.. counts.GroupBy(c => c.OrganisationId)
            .Select(g => new ActionCompletionRow(
                g.Key, "", g.Sum(c => c.Count),
                g.Where(c => c.Status == RecommendationStatus.Done).Sum(c => c.Count),
                g.Where(c => c.Status == RecommendationStatus.NotAccepted).Sum(c => c.Count),
                g.Where(c => c.Status is RecommendationStatus.Open or RecommendationStatus.InProgress).Sum(c => c.Count),
                g.Where(c => c.Overdue).Sum(c => c.Count)))];
    }
}

/// <summary>The action completion tile on the dashboard.</summary>
public sealed class ActionCompletionTileViewComponent(ActionCompletionProjection projection) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AnalysisFilters filters, AnalysisLookups names) =>
        View("/Features/Incidents/Analysis/_Actions.cshtml", await projection.RunAsync(filters, names, HttpContext.User, HttpContext.RequestAborted));
}
