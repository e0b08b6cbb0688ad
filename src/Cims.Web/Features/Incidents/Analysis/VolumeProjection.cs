using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>One row of a tile: the key it counts by, its name, and how many incidents.</summary>
public sealed record TileRow(int Key, string Label, int Count);

/// <summary>
/// Counts the incidents the filters select by one <see cref="Dimension"/>: one grouped query, names from the lookups.
/// Years in order; everything else most first. The tile, its drill-down links and its CSV all read this.
/// </summary>
public sealed class VolumeProjection(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<List<TileRow>> RunAsync(Dimension dimension, AnalysisFilters filters, AnalysisLookups names, ClaimsPrincipal user, CancellationToken ct)
    {
        var counts = dimension is Dimension.Organisation or Dimension.Aboriginal or Dimension.SubjectRole
            && await summary.ByOrganisationAsync(filters, user, ct) is { } sums && Summary.SummaryCounts.FromOrganisations(sums, dimension) is { } derived
            ? derived
            : await summary.CellsAsync(filters, user, ct, dimension) is { } cells
            ? await Summary.SummaryCounts.VolumeAsync(cells, dimension, db, ct)
            : await LiveAsync(dimension, AnalysisScope.Filtered(db, user, filters, time.GetUtcNow()), ct);
        var rows = counts.Select(c => new TileRow(c.Key, Label(dimension, c.Key, names), c.Count));
        return dimension == Dimension.Year
            ? [.. rows.OrderBy(r => r.Key)]
            : [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.CurrentCultureIgnoreCase)];
    }

    private async Task<List<(int Key, int Count)>> LiveAsync(Dimension dimension, IQueryable<Incident> incidents, CancellationToken ct) =>
        dimension switch
        {
            Dimension.Year => await CountAsync(incidents.Select(i => i.Dates!.OccurredOn.Year), ct),
            Dimension.Division => await CountAsync(incidents.Join(db.Areas, i => i.Service!.AreaId, a => a.Id, (_, a) => a.DivisionId), ct),
            Dimension.Area => await CountAsync(incidents.Select(i => i.Service!.AreaId), ct),
            Dimension.Program => await CountAsync(incidents.Select(i => i.Service!.ProgramId), ct),
            Dimension.ServiceType => await CountAsync(incidents.Select(i => i.Service!.ServiceTypeId), ct),
            Dimension.IncidentType => await CountAsync(incidents.Select(i => i.Details!.PrimaryTypeId), ct),
            Dimension.Impact => (await CountAsync(incidents.Select(i => i.Details!.Impact), ct)).Select(c => (Key: (int)c.Key, c.Count)).ToList(),
            Dimension.SubjectRole => await SubjectRolesAsync(incidents, ct),
            Dimension.Aboriginal => await AboriginalAsync(incidents, ct),
            _ => await CountAsync(incidents.Select(i => i.OrganisationId), ct),
        };

    private static async Task<List<(TKey Key, int Count)>> CountAsync<TKey>(IQueryable<TKey> keys, CancellationToken ct)
    {
        var grouped = await keys.GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. grouped.Select(g => (g.Key, g.Count))];
    }

    /// <summary>Per role, the incidents with a subject of allegation in it: the distinct (incident, role) pairs, grouped by role.</summary>
    private static async Task<List<(int Key, int Count)>> SubjectRolesAsync(IQueryable<Incident> incidents, CancellationToken ct)
    {
        var pairs = incidents.SelectMany(
                i => i.Others.Where(o => o.Role == OtherPersonRole.SubjectOfAllegation && o.AllegationRole != null),
                (i, o) => new { i.Id, Role = o.AllegationRole!.Value })
            .Distinct();
        var counts = await pairs.GroupBy(p => p.Role).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. counts.Select(c => ((int)c.Key, c.Count))];
    }

    private static async Task<List<(int Key, int Count)>> AboriginalAsync(IQueryable<Incident> incidents, CancellationToken ct)
    {
        var with = await incidents.CountAsync(AnalysisScope.WithAboriginalClient, ct);
        var without = await incidents.CountAsync(AnalysisScope.WithoutAboriginalClient, ct);
        return [.. new[] { (1, with), (0, without) }.Where(c => c.Item2 > 0)];
    }

    private static string Label(Dimension dimension, int key, AnalysisLookups names) => dimension switch
    {
        Dimension.Year => key.ToString(CultureInfo.InvariantCulture),
        Dimension.Division => AnalysisLookups.Name(names.Divisions, key),
        Dimension.Area => names.AreaName(key),
        Dimension.Program => AnalysisLookups.Name(names.Programs, key),
        Dimension.ServiceType => AnalysisLookups.Name(names.ServiceTypes, key),
        Dimension.IncidentType => AnalysisLookups.Name(names.IncidentTypes, key),
        Dimension.Impact => ((ImpactLevel)key).Display(),
        Dimension.SubjectRole => Report.People.OtherStep.AllegationRoleText((SubjectOfAllegationRole)key),
        Dimension.Aboriginal => key == 1 ? "With an Aboriginal or Torres Strait Islander client" : "No Aboriginal or Torres Strait Islander client recorded",
        _ => AnalysisLookups.Name(names.Organisations, key),
    };
}
