using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Benchmarks;

/// <summary>
/// Speed of the analysis dashboard, its drill-down list and its CSVs over 600 incidents of two organisations, measured
/// on demand with <c>scripts/bench.sh</c> (category Benchmark; CI never times anything). Each figure is the median of
/// 20 requests through the whole web stack, with its ratio to the department's incident list measured in the same run.
/// The targets at a million incidents need the volume generator, which is still to come.
/// </summary>
[Trait("Category", "Benchmark")]
public abstract class AnalysisBenchmarks<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Dashboard_600Incidents_EachPageUnderOneSecond()
    {
        for (var i = 0; i < 600; i++)
        {
            await IncidentBuilder.CreateAsync(
                app, i % 3 == 0 ? "reporter@agency-two.example" : "reporter@agency-one.example", IncidentStatus.SubmittedToDepartment,
                i % 4 == 0 ? ImpactLevel.NonMajor : ImpactLevel.Major, new DateOnly(2021 + i % 5, 1 + i % 12, 1 + i % 28));
        }

        var analyst = await FormClient.SignedInAsync(app, "analyst@department.example");
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        var baseline = await Median.OfGetsAsync(staff, "/Department/Incidents");
        var figures = new (string Name, double Ms)[]
        {
            ("department incident list, first page (baseline)", baseline),
            ("dashboard, 12 tiles, no filter", await Median.OfGetsAsync(analyst, "/Analysis")),
            ("dashboard, one year and major impact", await Median.OfGetsAsync(analyst, "/Analysis?From=01/01/2023&To=31/12/2023&Impact=Major")),
            ("drill-down list, first page", await Median.OfGetsAsync(analyst, "/Analysis/Incidents")),
            ("drill-down list CSV, 600 rows", await Median.OfGetsAsync(analyst, "/Analysis/Incidents.csv")),
        };
        foreach (var tile in new[] { "year", "impact", "division", "area", "program", "servicetype", "incidenttype", "subjectrole", "aboriginal", "organisation", "timeliness", "substantiation" })
            figures = [.. figures, ($"{tile} table CSV", await Median.OfGetsAsync(analyst, $"/Analysis/Tables/{tile}.csv"))];

        foreach (var (name, ms) in figures)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{app.Provider}] {name}: median {ms:F1} ms, {ms / baseline:F2}× baseline"));
        Assert.All(figures, f => Assert.True(f.Ms < 1000, string.Create(CultureInfo.InvariantCulture, $"{f.Name}: {f.Ms:F0} ms")));
    }
}

public sealed class SqliteAnalysisBenchmarks(SqliteApp app, ITestOutputHelper output) : AnalysisBenchmarks<SqliteApp>(app, output);

public sealed class PostgresAnalysisBenchmarks(PostgresApp app, ITestOutputHelper output) : AnalysisBenchmarks<PostgresApp>(app, output);
