using Xunit.Abstractions;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// The fuzzer's seeded sample of 500 hostile inputs (SQLite). Category Fuzz, out of the test command, until the 500s and
/// refusals that wrote an audit entry it finds are fixed; then it returns to the test command. The long run, 10,000
/// inputs on SQLite and PostgreSQL, is scripts/fuzz.sh (ADR 0055).
/// </summary>
public sealed class FuzzSampleTests(SqliteFuzzApp app, ITestOutputHelper output) : IClassFixture<SqliteFuzzApp>
{
    public const int SampleSeed = 20261205;

    [Fact, Trait("Category", "Fuzz")]
    public async Task Sample_500HostileInputs_NoServerErrorNothingHalfStoredEveryRefusalSaysWhy()
    {
        var report = await new Fuzzer(app, SampleSeed).RunAsync(500);

        output.WriteLine(report.Summary);
        Assert.True(report.Findings.Count == 0, $"{report.Summary}\n{string.Join("\n", report.Findings.Take(40))}");
        Assert.Equal(report.Routes, report.RoutesCovered); // 500 inputs reach every route at least once
    }
}
