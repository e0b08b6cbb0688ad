using System.Security.Claims;
using Cims.Web.Data;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>A volume tile as shown and exported: its rows, their total, and whether small counts are hidden.</summary>
public sealed record TileView(Dimension Dimension, AnalysisFilters Filters, IReadOnlyList<TileRow> Rows, bool Suppress)
{
    public int Total => Rows.Sum(r => r.Count);

    public string Id => $"tile-{Dimension.Slug()}";
}

/// <summary>Loads a tile for the user: the filters, the projection, and the user's suppression.</summary>
public sealed class GetTile(VolumeProjection projection, CimsDbContext db)
{
    public async Task<TileView> RunAsync(Dimension dimension, AnalysisFilters filters, AnalysisLookups? names, ClaimsPrincipal user, CancellationToken ct)
    {
        names ??= await AnalysisLookups.ForAsync(db, user, ct);
        var rows = await projection.RunAsync(dimension, filters, names, user, ct);
        return new TileView(dimension, filters, rows, AnalysisScope.IsDeidentified(user));
    }
}
