using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Time;
using CsvHelper;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// The CSV of a tile's table or of a drill-down list: exactly the rows and the filters on screen (named in the file
/// name with the day), small counts suppressed as on screen, cells that a spreadsheet would run as a formula escaped.
/// The list is written as it is read, flushed every thousand rows, so its first bytes leave at once.
/// </summary>
public sealed class AnalysisCsv(SmallCells cells, TimeProvider time)
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    public string FileName(string what, AnalysisFilters filters) =>
        $"{what}_{filters.FileNamePart()}_{time.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public Task WriteTileAsync(Stream body, TileView tile, CancellationToken ct) =>
        WriteTableAsync(body, [tile.Dimension.Column(), "Incidents", "Share"],
            tile.Rows.Select(row => new[] { row.Label, cells.Count(row.Count, tile.Suppress), cells.Share(row.Count, tile.Total, tile.Suppress) }), ct);

    public Task WriteTimelinessAsync(Stream body, TimelinessView tile, CancellationToken ct) =>
        WriteTableAsync(body, ["Organisation", "Reports", "On time", "Late", "Share on time"],
            tile.Rows.Select(r => new[]
            {
                r.Organisation, cells.Count(r.Reports, tile.Suppress), cells.Count(r.OnTime, tile.Suppress), cells.Count(r.Late, tile.Suppress),
                cells.ShareOfTwo(r.OnTime, r.Reports, tile.Suppress),
            }), ct);

    public Task WriteSubstantiationAsync(Stream body, SubstantiationView tile, CancellationToken ct) =>
        WriteTableAsync(body, ["Incident type", "With a finding", "Substantiated", "Share substantiated"],
            tile.Rows.Select(r => new[]
            {
                r.IncidentType, cells.Count(r.Findings, tile.Suppress), cells.Count(r.Substantiated, tile.Suppress), cells.ShareOfTwo(r.Substantiated, r.Findings, tile.Suppress),
            }), ct);

    public Task WritePrivacyAsync(Stream body, PrivacyView tile, CancellationToken ct) =>
        WriteTableAsync(body, ["Privacy incidents", "Reports", "Share"],
            tile.Figures.Select(f => new[] { f.Label, cells.Count(f.Count, tile.Suppress), cells.ShareOfTwo(f.Count, tile.Reported, tile.Suppress) }), ct);

    public Task WriteFollowUpAsync(Stream body, FollowUpView tile, CancellationToken ct)
    {
        string[] header = ["Organisation", .. new[] { "Investigations", "Reviews", "Follow-up outcomes" }.SelectMany(k => new[] { $"{k} on time", $"{k} late", $"{k} share on time" })];
        return WriteTableAsync(body, header, tile.Rows.Select(r => new[] { r.Organisation }.Concat(new[] { r.Investigations, r.Reviews, r.Outcomes }
            .SelectMany(c => new[] { cells.Count(c.OnTime, tile.Suppress), cells.Count(c.Late, tile.Suppress), cells.ShareOfTwo(c.OnTime, c.Counted, tile.Suppress) }))), ct);
    }

    public Task WriteOverdueAsync(Stream body, OverdueView tile, CancellationToken ct) =>
        WriteTableAsync(body, ["Organisation", "Investigations overdue", "Reviews overdue", "Extensions requested", "Waiting", "Approved", "Declined"],
            tile.Rows.Select(r => new[] { r.Organisation }.Concat(
                new[] { r.InvestigationsOverdue, r.ReviewsOverdue, r.Requested, r.Pending, r.Approved, r.Declined }.Select(n => cells.Count(n, tile.Suppress)))), ct);

    public Task WriteActionsAsync(Stream body, ActionCompletionView tile, CancellationToken ct) =>
        WriteTableAsync(body, ["Organisation", "Actions", "Done", "Not accepted", "Open", "Overdue", "Share done"],
            tile.Rows.Select(r => new[] { r.Organisation }.Concat(new[] { r.Total, r.Done, r.NotAccepted, r.Open, r.Overdue }.Select(n => cells.Count(n, tile.Suppress)))
                .Append(cells.ShareOfTwo(r.Done, r.Accepted, tile.Suppress))), ct);

    /// <summary>Repeat people under their keys: no one is named.</summary>
    public async Task WriteRepeatsAsync(Stream body, IReadOnlyList<Repeats.RepeatGroup> groups, AnalysisLookups names, CancellationToken ct)
    {
        await using var csv = Writer(body);
        await csv.WriteRecordAsync(["Key", "Incidents", "Organisations", "First occurred", "Last occurred", "Incident numbers", "Organisation names", "Subject roles"], ct);
        foreach (var g in groups)
        {
            await csv.WriteRecordAsync(
            [
                g.Key, g.Incidents.Count.ToString(CultureInfo.InvariantCulture), g.Organisations.ToString(CultureInfo.InvariantCulture), g.First.Display(), g.Last.Display(),
                string.Join("; ", g.Incidents.Select(i => i.Number)),
                string.Join("; ", g.Incidents.Select(i => i.OrganisationId).Distinct().Select(id => AnalysisLookups.Name(names.Organisations, id))),
                string.Join("; ", g.Roles),
            ], ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>Writes the privacy reports; returns how many rows were written.</summary>
    public async Task<int> WritePrivacyReportsAsync(Stream body, IAsyncEnumerable<PrivacyRow> rows, AnalysisLookups names, CancellationToken ct)
    {
        await using var csv = Writer(body);
        var count = 0;
        await csv.WriteRecordAsync(["Report", "Occurred", "Submitted", "Organisation", "Area", "Status", "Outcome"], ct);
        await foreach (var r in rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                r.Number ?? "", r.OccurredOn?.Display() ?? "", r.SubmittedAt?.Display() ?? "",
                r.OrganisationId is { } organisation ? AnalysisLookups.Name(names.Organisations, organisation) : "",
                r.AreaId is { } area ? names.AreaName(area) : "", PrivacyLinks.Status(r.Status), Domain.Privacy.PrivacyOutcomes.Label(r.Outcome),
            ], ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }

    /// <summary>Writes the incidents; returns how many rows were written.</summary>
    public async Task<int> WriteIncidentsAsync(Stream body, IAsyncEnumerable<AnalysisIncidentRow> rows, AnalysisLookups names, CancellationToken ct)
    {
        await using var csv = Writer(body);
        await csv.WriteRecordAsync(["Incident", "Occurred", "Submitted", "Organisation", "Area", "Program", "Service type", "Incident type", "Impact", "Status"], ct);
        var count = 0;
        await foreach (var r in rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync([r.Number ?? "", r.OccurredOn?.Display() ?? "", r.SubmittedAt?.Display() ?? "", AnalysisLookups.Name(names.Organisations, r.OrganisationId),
                r.AreaId is { } area ? names.AreaName(area) : "", Name(names.Programs, r.ProgramId), Name(names.ServiceTypes, r.ServiceTypeId),
                Name(names.IncidentTypes, r.TypeId), r.Impact?.Display() ?? "", r.Status.Display()], ct);
            if (++count % 1000 == 0)
                await csv.FlushAsync(ct);
        }

        await csv.FlushAsync(ct);
        return count;
    }

    /// <summary>A small table already counted and formatted: its header, then its rows.</summary>
    private static async Task WriteTableAsync(Stream body, string[] header, IEnumerable<IEnumerable<string>> rows, CancellationToken ct)
    {
        await using var csv = Writer(body);
        await csv.WriteRecordAsync(header, ct);
        foreach (var row in rows)
            await csv.WriteRecordAsync([.. row], ct);
        await csv.FlushAsync(ct);
    }

    private static CsvWriter Writer(Stream body) => CsvWriter.Create(body, Options, leaveOpen: true);

    private static string Name(IReadOnlyDictionary<int, string> names, int? id) => id is { } key ? AnalysisLookups.Name(names, key) : "";
}
