using System.Diagnostics;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// Fills the database with synthetic incidents and everything that hangs off them, table by table (parents first), each
/// streamed from the planner into one COPY (PostgreSQL) or one prepared insert (SQLite). Prints progress and a summary.
/// </summary>
public sealed class VolumeGenerator(CimsDbContext db, VolumeOrganisations organisations, DatabaseSettings settings, TimeProvider clock)
{
    public async Task<IReadOnlyList<(string Table, long Rows)>> RunAsync(VolumeArguments arguments, TextWriter output, CancellationToken ct)
    {
        var sink = Sink();
        var started = Stopwatch.StartNew();
        var reference = await organisations.PrepareAsync(arguments.Seed, clock.GetUtcNow(), ct, arguments.Organisations);
        var model = db.Model;
        var written = new List<(string, long)>();
        var tables = new List<VolumeTable>();

        async Task<int> WriteAsync(VolumeTable table, Func<int, IEnumerable<object?[]>> rows)
        {
            var first = await sink.NextIdAsync(table, ct);
            var watch = Stopwatch.StartNew();
            var count = await sink.WriteAsync(table, rows(first), n => output.WriteLine($"  {table.Name}: {n:N0} rows…"), ct);
            await output.WriteLineAsync($"{table.Name}: {count:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
            written.Add((table.Name, count));
            tables.Add(table);
            return first;
        }

        var incidentsTable = IncidentRows.Table(model);
        var planner = new IncidentPlanner(reference, arguments.Seed, arguments.Incidents, await sink.NextIdAsync(incidentsTable, ct));
        await output.WriteLineAsync($"Generating {arguments.Incidents:N0} incidents for {reference.Organisations.Count} organisations (seed {arguments.Seed}).");
        await WriteAsync(incidentsTable, _ => IncidentRows.Rows(planner));
        await WriteAsync(PeopleRows.Clients(model), first => PeopleRows.ClientRows(planner, first));
        await WriteAsync(PeopleRows.Others(model), first => PeopleRows.OtherRows(planner, first));
        await WriteAsync(PeopleRows.History(model), first => PeopleRows.HistoryRows(planner, first));
        var investigations = await WriteAsync(InvestigationRows.Table(model), first => InvestigationRows.Rows(planner, first));
        await WriteAsync(InvestigationRows.Allegations(model), first => InvestigationRows.AllegationRows(planner, investigations, first));
        await WriteAsync(InvestigationRows.Recommendations(model), first => InvestigationRows.RecommendationRows(planner, investigations, first));
        var reviews = await WriteAsync(ReviewRows.Table(model), first => ReviewRows.Rows(planner, first));
        await WriteAsync(ReviewRows.Actions(model), first => ReviewRows.ActionRows(planner, reviews, first));
        var privacy = await WriteAsync(PrivacyRows.Table(model), first => PrivacyRows.Rows(planner, reference, first, planner.FirstId));
        await WriteAsync(PrivacyRows.People(model), first => PrivacyRows.PeopleRows(planner, privacy, first));
        await WriteAsync(PrivacyRows.Activity(model), first => PrivacyRows.ActivityRows(planner, reference.Now, privacy, first));
        var analyse = Stopwatch.StartNew();
        await sink.FinishAsync(tables, ct);
        await output.WriteLineAsync($"Sequences moved and statistics refreshed in {analyse.Elapsed.TotalSeconds:F1} s.");
        await output.WriteLineAsync($"Done: {written.Sum(w => w.Item2):N0} rows in {started.Elapsed.TotalSeconds:F1} s.");
        return written;
    }

    /// <summary>Refuses a provider it cannot write to, before anything is migrated or written.</summary>
    public void CheckProvider() => Sink();

    private IVolumeSink Sink() => settings.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresCopySink(settings.ConnectionString),
        DatabaseProvider.Sqlite => new SqliteInsertSink(settings.ConnectionString),
        _ => throw new VolumeNotSupportedException(
            "generate-volume supports PostgreSQL (binary COPY, for benchmarks) and SQLite (small volumes); it does not write to SQL Server."),
    };
}

/// <summary>The configured database cannot take generated volume: the verb says so and exits with code 2.</summary>
public sealed class VolumeNotSupportedException(string message) : Exception(message);
