using Cims.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// Stage 5, analysis and learning: the dashboard (<c>/Analysis</c>), the incidents behind any figure
/// (<c>/Analysis/Incidents</c>), and the CSV of every table and list, all with the same filters. Department staff and
/// analysts see every organisation; an organisation's delegates and administrators their own. Anyone else is refused.
/// </summary>
[Authorize]
public sealed class AnalysisController : Controller
{
    [HttpGet("/Analysis")]
    public async Task<IActionResult> Index(AnalysisFilters filters, [FromServices] ListAnalysisIncidents list, [FromServices] Summary.SummarySource summary, CancellationToken ct)
    {
        if (!AnalysisScope.MaySee(User))
            return Forbid();
        var valid = ModelState.IsValid;
        return View(new AnalysisPage(filters, valid, await list.NamesAsync(User, ct), AnalysisScope.SeesEveryOrganisation(User))
        {
            AsAt = valid ? await summary.AsAtAsync(filters, ct) : null,
        });
    }

    [HttpGet("/Analysis/Incidents")]
    public async Task<IActionResult> Incidents(AnalysisFilters filters, [FromServices] ListAnalysisIncidents list, CancellationToken ct) =>
        AnalysisScope.MaySee(User) ? View(await list.RunAsync(filters, ModelState.IsValid, User, ct)) : Forbid();

    [HttpGet("/Analysis/Incidents.csv")]
    public async Task<IActionResult> IncidentsCsv(
        AnalysisFilters filters, [FromServices] ListAnalysisIncidents list, [FromServices] AnalysisCsv csv, [FromServices] SecurityEvents events, CancellationToken ct)
    {
        if (!AnalysisScope.MaySee(User))
            return Forbid();
        if (!ModelState.IsValid)
            return await Incidents(filters, list, ct);
        var names = await list.NamesAsync(User, ct);
        var fileName = csv.FileName("incidents", filters);
        return await ExportAsync(fileName, body => csv.WriteIncidentsAsync(body, list.AllAsync(filters, User), names, ct), events);
    }

    [HttpGet("/Analysis/Privacy")]
    public async Task<IActionResult> Privacy(AnalysisFilters filters, string? measure, [FromServices] PrivacyProjection privacy, CancellationToken ct) =>
        !SeesPrivacy() ? Forbid()
        : !PrivacyProjection.IsMeasure(measure) ? NotFound()
        : View(await privacy.ListAsync(filters, measure!, ModelState.IsValid, User, ct));

    [HttpGet("/Analysis/Privacy.csv")]
    public async Task<IActionResult> PrivacyCsv(
        AnalysisFilters filters, string? measure, [FromServices] PrivacyProjection privacy, [FromServices] ListAnalysisIncidents list, [FromServices] AnalysisCsv csv,
        [FromServices] SecurityEvents events, CancellationToken ct)
    {
        if (!SeesPrivacy())
            return Forbid();
        if (!PrivacyProjection.IsMeasure(measure))
            return NotFound();
        if (!ModelState.IsValid)
            return await Privacy(filters, measure, privacy, ct);
        var names = await list.NamesAsync(User, ct);
        var fileName = csv.FileName($"privacy-{measure!.ToLowerInvariant()}", filters);
        return await ExportAsync(fileName, body => csv.WritePrivacyReportsAsync(body, privacy.AllAsync(filters, measure), names, ct), events);
    }

    /// <summary>A tile's table as CSV: a volume tile by its dimension, or one of the other tiles by its name.</summary>
    [HttpGet("/Analysis/Tables/{tile}.csv")]
    public async Task<IActionResult> TableCsv(
        string tile, AnalysisFilters filters, [FromServices] GetTile tiles, [FromServices] TimelinessProjection timeliness,
        [FromServices] SubstantiationProjection substantiation, [FromServices] PrivacyProjection privacy, [FromServices] FollowUpProjection followUp,
        [FromServices] OverdueProjection overdue, [FromServices] ActionCompletionProjection actions, [FromServices] AnalysisCsv csv, CancellationToken ct)
    {
        if (!AnalysisScope.MaySee(User) || (tile == "privacy" && !SeesPrivacy()))
            return Forbid();
        var dimension = Enum.TryParse<Dimension>(tile, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !tile.Any(char.IsDigit) ? parsed : (Dimension?)null;
        if (dimension is null && tile is not ("timeliness" or "substantiation" or "privacy" or "follow-up" or "overdue" or "actions"))
            return NotFound();
        if (!ModelState.IsValid)
            return RedirectToAction(nameof(Index), filters);
        return tile switch
        {
            "timeliness" => await CsvAsync(csv.FileName("reports-on-time", filters),
                async body => await csv.WriteTimelinessAsync(body, await timeliness.RunAsync(filters, null, User, ct), ct)),
            "substantiation" => await CsvAsync(csv.FileName("allegations-substantiated", filters),
                async body => await csv.WriteSubstantiationAsync(body, await substantiation.RunAsync(filters, User, ct), ct)),
            "follow-up" => await CsvAsync(csv.FileName("follow-up-on-time", filters),
                async body => await csv.WriteFollowUpAsync(body, await followUp.RunAsync(filters, null, User, ct), ct)),
            "overdue" => await CsvAsync(csv.FileName("overdue-and-extensions", filters),
                async body => await csv.WriteOverdueAsync(body, await overdue.RunAsync(filters, null, User, ct), ct)),
            "actions" => await CsvAsync(csv.FileName("actions-completed", filters),
                async body => await csv.WriteActionsAsync(body, await actions.RunAsync(filters, null, User, ct), ct)),
            "privacy" => await CsvAsync(csv.FileName("privacy-incidents", filters),
                async body => await csv.WritePrivacyAsync(body, await privacy.RunAsync(filters, User, ct), ct)),
            _ => await CsvAsync(csv.FileName($"incidents-by-{dimension!.Value.Slug()}", filters),
                async body => await csv.WriteTileAsync(body, await tiles.RunAsync(dimension.Value, filters, null, User, ct), ct)),
        };
    }

    /// <summary>Privacy incidents are the department's: its staff and analysts see them here.</summary>
    private bool SeesPrivacy() => AnalysisScope.MaySee(User) && AnalysisScope.SeesEveryOrganisation(User);

    /// <summary>A CSV of incidents or reports (row by row, personal data): sent like any other, then recorded as an export.</summary>
    private async Task<IActionResult> ExportAsync(string fileName, Func<Stream, Task<int>> write, SecurityEvents events)
    {
        var rows = 0;
        var result = await CsvAsync(fileName, async body => rows = await write(body));
        await events.RecordExportAsync(fileName, rows);
        return result;
    }

    /// <summary>Sends a CSV download named <paramref name="fileName"/>, written straight to the response as it is read.</summary>
    private async Task<IActionResult> CsvAsync(string fileName, Func<Stream, Task> write)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        await write(Response.Body);
        return new EmptyResult();
    }
}

/// <summary>The dashboard: the filters (and whether they are valid), the names, and whether the organisation tile shows.</summary>
public sealed record AnalysisPage(AnalysisFilters Filters, bool Valid, AnalysisLookups Names, bool EveryOrganisation)
{
    /// <summary>When the figures were counted, when they come from the summary; null when counted for this request.</summary>
    public DateTimeOffset? AsAt { get; init; }
}

/// <summary>The filter form: where it submits to, and whether it offers the organisations.</summary>
public sealed record FiltersView(AnalysisFilters Filters, AnalysisLookups Names, bool EveryOrganisation, string Action)
{
    /// <summary>Choices of the page outside the filters (such as whose repeats), kept when the filters are applied.</summary>
    public IReadOnlyList<(string Name, string Value)> Hidden { get; init; } = [];
}

/// <summary>The dashboard's paths, for the forms that submit to them.</summary>
public static class Paths
{
    public const string Dashboard = "/Analysis";
    public const string Incidents = "/Analysis/Incidents";
    public const string Repeats = "/Analysis/Repeats";
    public const string Duplicates = "/Analysis/Duplicates";
}
