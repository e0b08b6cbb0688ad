using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Benchmarks.Scale;

/// <summary>
/// Issue 13's targets at a million incidents on PostgreSQL, measured with <c>scripts/bench-scale.sh</c> over the
/// database <c>CIMS_BENCH_SCALE_DB</c> names (it does nothing without it). Figures only, never a timed test: each
/// dashboard page's p95 and its ratio to the same SQL replayed through Npgsql alone; the department list's requests
/// per second against bare Kestrel and Npgsql reading the same 25 rows; the CSV export's first byte and memory.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed partial class ScaleBenchmarks(ScaleApp app, ITestOutputHelper output) : IClassFixture<ScaleApp>
{
    private const string Analyst = "analyst@department.example";
    private const string Staff = "staff@department.example";
    private const string DepartmentList = "/Department/Incidents?Impact=NonMajor";

    [Fact]
    public async Task Dashboards_MillionIncidents_P95AndRatioToTheirSql()
    {
        if (ScaleApp.ConnectionString is not { } cs)
        {
            Print($"scale benchmark not run: set {ScaleApp.DatabaseVariable} (scripts/bench-scale.sh does)");
            return;
        }

        var built = await BuildSummaryAsync();
        Print($"summary built: {built.Incidents:N0} incidents in {built.Cells:N0} cells in {built.BuildMilliseconds / 1000.0:F1} s");
        var analyst = (await app.SignedInAsync(Analyst)).Http;
        var division = await ScalarAsync<int>(cs, """SELECT MIN("Id") FROM "Divisions" """);
        var year = DateTime.UtcNow.Year - 1;
        var yearAgo = DateTime.UtcNow.AddMonths(-11);
        var pages = new[]
        {
            ("dashboard, no filter (every year)", "/Analysis"),
            ("dashboard, the last twelve months", $"/Analysis?From=01/{yearAgo.Month:D2}/{yearAgo.Year}"),
            ("dashboard, one year and a division", $"/Analysis?From=01/01/{year}&To=31/12/{year}&DivisionId={division}"),
            ("dashboard, one organisation, major impact", $"/Analysis?OrganisationId={await ScalarAsync<int>(cs, """SELECT MIN("OrganisationId") FROM "Incidents" """)}&Impact=Major"),
            ("drill-down list, first page", "/Analysis/Incidents"),
            ("privacy incidents", "/Analysis/Privacy?measure=all"),
            ("repeat clients and subjects", "/Analysis/Repeats"),
        };
        var only = Environment.GetEnvironmentVariable("CIMS_BENCH_SCALE_PAGES");
        foreach (var (name, url) in pages.Where(p => only is null || p.Item1.Contains(only, StringComparison.Ordinal)))
        {
            await Measure.TimedGetAsync(analyst, url);
            app.Sql.Start();
            await Measure.TimedGetAsync(analyst, url);
            var commands = app.Sql.Stop();
            var page = await Measure.P95OfGetsAsync(analyst, url);
            var sql = await Measure.P95OfSqlAsync(cs, commands);
            Print($"{name}: p95 {page:F0} ms (target < 250), its {commands.Count} SQL commands alone {sql:F0} ms, {page / sql:F2}× (target < 1.5)");
            foreach (var (ms, text) in await Measure.EachCommandAsync(cs, commands))
                Print($"    {ms,7:F1} ms  {text[..Math.Min(text.Length, 160)]}");
        }
    }

    [Fact]
    public async Task DepartmentList_MillionIncidents_RequestsPerSecondAgainstBareNpgsql()
    {
        if (ScaleApp.ConnectionString is not { } cs)
            return;
        var staff = (await app.SignedInAsync(Staff)).Http;
        await using var bare = await BareList.StartAsync(cs);
        using var bareClient = new HttpClient { BaseAddress = bare.BaseAddress };
        foreach (var page in new[] { 1, 2_000 })
        {
            var cims = $"{DepartmentList}&Page={page}";
            Assert.Equal(Ids(await bareClient.GetStringAsync($"/list?page={page}")), Ids(await staff.GetStringAsync(cims)));
            app.Sql.Start();
            await Measure.TimedGetAsync(staff, cims);
            var queries = app.Sql.Stop().Count;
            var listRps = await Measure.RequestsPerSecondAsync(staff, cims, Workers, LoadTime);
            var bareRps = await Measure.RequestsPerSecondAsync(bareClient, $"/list?page={page}", Workers, LoadTime);
            var p95 = await Measure.P95OfGetsAsync(staff, cims);
            Print($"department list, non-major, page {page:N0}: {listRps:F1} req/s ({queries} queries, p95 {p95:F0} ms), bare Kestrel + Npgsql {bareRps:F1} req/s, {listRps / bareRps:F2}× (target ≥ 0.5)");
        }
    }

    [Fact]
    public async Task CsvExport_MillionIncidents_StreamsWithFlatMemory()
    {
        if (ScaleApp.ConnectionString is null)
            return;
        var analyst = (await app.SignedInAsync(Analyst)).Http;
        var year = DateTime.UtcNow.Year - 1;
        await Download.OfAsync(analyst, $"/Analysis/Incidents.csv?From=01/03/{year}&To=31/03/{year}");
        foreach (var (name, url) in new[] { ("one month", $"/Analysis/Incidents.csv?From=01/03/{year}&To=31/03/{year}"), ("ten months", $"/Analysis/Incidents.csv?From=01/01/{year}&To=31/10/{year}") })
        {
            var d = await Download.OfAsync(analyst, url);
            Print($"incidents CSV, {name}, {d.Rows:N0} rows: first byte {d.FirstByteMs:F0} ms (target < 1000), all {d.TotalMs / 1000:F1} s, peak managed heap +{d.PeakHeapMb:F0} MB, {d.AllocatedMb:F0} MB allocated, peak working set {d.PeakWorkingSetMb:F0} MB");
        }
    }

    private async Task<Cims.Web.Features.Incidents.Analysis.Summary.AnalysisSummaryState> BuildSummaryAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Cims.Web.Features.Incidents.Analysis.Summary.BuildAnalysisSummary>().RunAsync(CancellationToken.None);
    }

    private const int Workers = 4;

    private static readonly TimeSpan LoadTime = TimeSpan.FromSeconds(8);

    private static List<string> Ids(string html) => [.. IncidentLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("href=\"/Incidents/(\\d+)\"")]
    private static partial Regex IncidentLink();

    private static async Task<T> ScalarAsync<T>(string cs, string sql)
    {
        await using var source = NpgsqlDataSource.Create(cs);
        return (T)(await source.CreateCommand(sql).ExecuteScalarAsync())!;
    }

    private void Print(FormattableString line) => output.WriteLine("[Postgres] " + line.ToString(CultureInfo.InvariantCulture));
}
