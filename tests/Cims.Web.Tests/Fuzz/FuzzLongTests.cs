using System.Globalization;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// The long run: 10,000 hostile inputs (CIMS_FUZZ_INPUTS) from seed CIMS_FUZZ_SEED (the sample's by default) on each
/// provider. Category Fuzz, left out of the test command; run it with scripts/fuzz.sh (ADR 0055).
/// </summary>
[Trait("Category", "Fuzz")]
public abstract class FuzzLongTests(FuzzApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Run_TenThousandHostileInputs_NoServerErrorNothingHalfStoredEveryRefusalSaysWhy()
    {
        var report = await new Fuzzer(app, Setting("CIMS_FUZZ_SEED", FuzzSampleTests.SampleSeed)).RunAsync(Setting("CIMS_FUZZ_INPUTS", 10_000));

        output.WriteLine($"[{app.Provider}] {report.Summary}");
        foreach (var finding in report.Findings.Take(200))
            output.WriteLine($"[{app.Provider}] finding: {finding}");
        Assert.Empty(report.Findings);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

public sealed class SqliteFuzzLongTests(SqliteFuzzApp app, ITestOutputHelper output) : FuzzLongTests(app, output), IClassFixture<SqliteFuzzApp>;

public sealed class PostgresFuzzLongTests(PostgresFuzzApp app, ITestOutputHelper output) : FuzzLongTests(app, output), IClassFixture<PostgresFuzzApp>;
