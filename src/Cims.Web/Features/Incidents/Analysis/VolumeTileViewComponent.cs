using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// One tile of the dashboard: a heading, a text summary, a chart drawn from its table by script (the table is the
/// chart's data and the keyboard's way in: every row links to the incidents behind it), and its CSV.
/// </summary>
public sealed class VolumeTileViewComponent(GetTile tiles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Dimension dimension, AnalysisFilters filters, AnalysisLookups names) =>
        View("/Features/Incidents/Analysis/_Tile.cshtml", await tiles.RunAsync(dimension, filters, names, HttpContext.User, HttpContext.RequestAborted));
}
