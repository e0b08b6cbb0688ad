using System.Diagnostics;
using System.Globalization;
using Cims.Web.Features.Privacy.Pdf;
using Cims.Web.Features.Privacy.Submission;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.PrivacyReport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Benchmarks;

/// <summary>
/// Speed targets of the privacy report, measured on demand with <c>scripts/bench.sh</c> (category Benchmark;
/// <c>scripts/test.sh</c> leaves them out, so CI never times them). Each prints its figures.
/// </summary>
[Trait("Category", "Benchmark")]
public abstract class PrivacyBenchmarks<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Pdf_TenPeople_WarmRenderUnder250Milliseconds()
    {
        var (_, id) = await SubmissionDrafts.SubmittedAsync(app, people: 10);
        var (report, names) = await app.WithDbAsync(async db =>
        {
            var found = await db.PrivacyReports.AsNoTracking().SingleAsync(r => r.Id == id);
            return (found, await PrivacyNames.LoadAsync(db, found, CancellationToken.None));
        });

        var first = Stopwatch.StartNew();
        var bytes = PrivacyReportPdf.Render(report, names, "Sam Staff", DateTimeOffset.UtcNow);
        first.Stop();
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
            PrivacyReportPdf.Render(report, names, "Sam Staff", DateTimeOffset.UtcNow);
        var average = warm.Elapsed.TotalMilliseconds / 20;

        output.WriteLine(Invariant($"[{app.Provider}] PDF, 10 persons: first {first.Elapsed.TotalMilliseconds:F0} ms, warm {average:F1} ms, {bytes.Length / 1024.0:F1} KB"));
        Assert.True(average < 250, Invariant($"warm render {average:F1} ms"));
    }

    [Fact]
    public async Task Wizard_EveryStagePostedWithoutJavaScript_UnderThreeSecondsEach()
    {
        var choice = await ServiceChoice.AgencyOneAsync(app);
        var times = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var timer = Stopwatch.StartNew();
            await WizardAsync(choice);
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine(Invariant($"[{app.Provider}] whole wizard (landing page to confirmation, 17 requests): median {times[2]:F0} ms, fastest {times[0]:F0} ms, slowest {times[^1]:F0} ms"));
        Assert.True(times[2] < 3000, Invariant($"median {times[2]:F0} ms"));
    }

    [Fact]
    public async Task DepartmentQueue_500Reports_FirstPageUnder500Milliseconds()
    {
        for (var i = 0; i < 500; i++)
            await PrivacyReportBuilder.SubmittedAsync(app, breach: i % 3 != 0);
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        await staff.GetPageAsync("/Department/Privacy");

        var timer = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
            await staff.GetPageAsync("/Department/Privacy?Status=Any");
        var average = timer.Elapsed.TotalMilliseconds / 10;

        output.WriteLine(Invariant($"[{app.Provider}] department privacy queue, 500 reports, first page: {average:F0} ms"));
        Assert.True(average < 500, Invariant($"{average:F0} ms"));
    }

    /// <summary>Proceed, the six stages (one person), the declaration and the confirmation page, as a browser without JavaScript.</summary>
    private async Task WizardAsync(ServiceChoice choice)
    {
        var client = await PrivacyClient.StartedAsync(app);
        await client.CompleteServiceAndOfficerAsync(choice);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await client.PostStageAsync("Dates", new()
        {
            ["OccurredDay"] = Text(today.Day),
            ["OccurredMonth"] = Text(today.Month),
            ["OccurredYear"] = Text(today.Year),
            ["DateAccuracy"] = "EXACT",
            ["OccurredTime"] = "09:15",
            ["TimeAccuracy"] = "EXACT",
            ["DisclosedDay"] = Text(today.Day),
            ["DisclosedMonth"] = Text(today.Month),
            ["DisclosedYear"] = Text(today.Year),
            ["DisclosedTime"] = "10:00",
            ["Nav"] = "next",
        });
        await client.PostStageAsync("Description", new() { ["Location"] = "Office", ["Description"] = "A letter went to the wrong client.", ["Nav"] = "next" });
        await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client());
        await client.PostPageAsync(PeoplePages.List, [new("Nav", "next")]);
        await ContainmentClient.PostAsync(client, ContainmentClient.Valid());
        Assert.Equal("/PrivacyReport/Submitted", (await client.PostDeclarationAsync()).Headers.Location?.OriginalString);
        await client.GetPageAsync("/PrivacyReport/Submitted");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed class SqlitePrivacyBenchmarks(SqlitePrivacyApp app, ITestOutputHelper output) : PrivacyBenchmarks<SqlitePrivacyApp>(app, output);

public sealed class PostgresPrivacyBenchmarks(PostgresPrivacyApp app, ITestOutputHelper output) : PrivacyBenchmarks<PostgresPrivacyApp>(app, output);
