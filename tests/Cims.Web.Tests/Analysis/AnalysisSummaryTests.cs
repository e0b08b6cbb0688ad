using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Analysis.Summary;
using Cims.Web.Infrastructure.Volume;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// The dashboards' summary over generated volume (investigations, reviews, actions, extensions, findings, clients and
/// subjects of allegation in the domain's proportions) with the clock frozen: every tile shows, figure for figure, what
/// the live queries count, for the department and for an organisation, for the filters the summary keeps; the filters
/// it does not keep are counted live; a rebuild replaces it.
/// </summary>
public abstract class AnalysisSummaryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ClockApp
{
    private const string Staff = "staff@department.example";
    private const string Delegate = "delegate@agency-one.example";
    private const string AgencyOneReporter = "reporter@agency-one.example";

    private static readonly ConcurrentDictionary<ClockApp, Lazy<Task>> Generated = new();

    private Task GeneratedAsync() => Generated.GetOrAdd(app, _ => new Lazy<Task>(async () =>
    {
        using (var scope = app.Services.CreateScope())
        {
            var services = scope.ServiceProvider;
            var generator = ActivatorUtilities.CreateInstance<VolumeGenerator>(services, ActivatorUtilities.CreateInstance<VolumeOrganisations>(services));
            await generator.RunAsync(new VolumeArguments(1_500, VolumeArguments.DefaultSeed), TextWriter.Null, CancellationToken.None);
        }

        // Agency one's own: two at the department, one still waiting for its delegate (which the department does not see).
        await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2025, 3, 4));
        await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.NonMajor, new DateOnly(2025, 3, 9));
        await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.AwaitingEndorsement, ImpactLevel.Major, new DateOnly(2025, 3, 11));
    })).Value;

    /// <summary>The tiles of a dashboard page, as the user reads them: every table's caption, headings and cells.</summary>
    private static string Tiles(IHtmlDocument page) =>
        string.Join("\n", page.QuerySelectorAll("[data-tile]").Select(t => t.GetAttribute("data-tile") + ": " + string.Join(" | ", t.QuerySelectorAll("caption, th, td, [data-tile-summary]").Select(c => c.TextContent.Trim()))));

    private async Task<List<string>> FilterUrlsAsync() => await app.WithDbAsync(async db =>
    {
        var division = await db.Divisions.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var organisation = await db.Incidents.GroupBy(i => i.OrganisationId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var type = await db.Incidents.GroupBy(i => i.Details!.PrimaryTypeId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var program = await db.Programs.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return new List<string>
        {
            "/Analysis",
            "/Analysis?From=01/01/2025&To=31/12/2025",
            $"/Analysis?From=01/07/2023&DivisionId={division}",
            $"/Analysis?OrganisationId={organisation}&Impact=Major",
            $"/Analysis?TypeId={type}&ProgramId={program}&To=30/06/2026",
            "/Analysis?From=01/03/2025&To=31/03/2025",
        };
    });

    [Fact]
    public async Task Summary_EveryTileForDepartmentAndOrganisation_ShowsWhatIsCountedLive_AsAtItsBuild()
    {
        await GeneratedAsync();
        var users = new[] { await FormClient.SignedInAsync(app, Staff), await FormClient.SignedInAsync(app, Delegate) };
        var urls = await FilterUrlsAsync();
        await ClearSummaryAsync();
        var live = new List<string>();
        foreach (var user in users)
        {
            foreach (var url in urls)
            {
                var page = await user.GetPageAsync(url);
                Assert.Equal("Figures counted now.", page.QuerySelector("#figures-as-at")!.TextContent.Trim());
                live.Add(Tiles(page));
            }
        }

        var state = await BuildAsync();

        Assert.True(state.Cells > 100, $"{state.Cells} cells");
        var fromSummary = new List<string>();
        foreach (var user in users)
        {
            foreach (var url in urls)
            {
                var page = await user.GetPageAsync(url);
                Assert.StartsWith("Figures as at 02/12/2026 10:00", page.QuerySelector("#figures-as-at")!.TextContent.Trim());
                fromSummary.Add(Tiles(page));
            }
        }

        Assert.Equal(live, fromSummary);
        Assert.Contains(live, t => t.Contains("Agency One", StringComparison.Ordinal));
        Assert.All(live, t => Assert.Contains("timeliness:", t));
    }

    [Theory]
    [InlineData("/Analysis?From=15/03/2025&To=31/03/2025")]
    [InlineData("/Analysis?From=01/01/2025&To=31/12/2025&Basis=Submitted")]
    [InlineData("/Analysis?Work=InvestigationOverdue")]
    [InlineData("/Analysis?SubjectRole=Staff")]
    public async Task Summary_FiltersItDoesNotKeep_AreCountedLive(string url)
    {
        await GeneratedAsync();
        await BuildAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync(url);

        Assert.Equal("Figures counted now.", page.QuerySelector("#figures-as-at")!.TextContent.Trim());
    }

    [Fact]
    public async Task Summary_Rebuilt_ReplacesTheOldCountsWithTheRegistersNow()
    {
        await GeneratedAsync();
        await BuildAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);
        const string url = "/Analysis?From=01/08/2019&To=31/08/2019";
        var before = Count(await staff.GetPageAsync(url));

        await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2019, 8, 20));
        var stale = Count(await staff.GetPageAsync(url));
        await BuildAsync();
        var rebuilt = Count(await staff.GetPageAsync(url));

        Assert.Equal(before, stale);
        Assert.Equal(before + 1, rebuilt);
        var (cells, states) = await app.WithDbAsync(async db => (await db.AnalysisCells.CountAsync(), await db.AnalysisSummaries.CountAsync()));
        Assert.Equal(1, states);
        Assert.True(cells > 0);
    }

    [Fact]
    public async Task Summary_DrillDownList_TakesItsSizeFromTheFigureAndReadsItsRowsNow()
    {
        await GeneratedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);
        const string url = "/Analysis/Incidents?From=01/01/2024&To=31/12/2024";
        await ClearSummaryAsync();
        var live = await staff.GetPageAsync(url);
        await BuildAsync();

        var summarised = await staff.GetPageAsync(url);
        var added = await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2025, 1, 1)); // occurred 31/12/2024, the newest of the year
        var after = await staff.GetPageAsync(url);

        Assert.DoesNotContain(" as at ", live.QuerySelector("[data-incident-count]")!.TextContent);
        Assert.Contains("as at 02/12/2026 10:00", summarised.QuerySelector("[data-incident-count]")!.TextContent);
        Assert.Equal(ListCount(live), ListCount(summarised));
        Assert.True(ListCount(live) > 25, $"{ListCount(live)} incidents");
        Assert.Equal(Links(live), Links(summarised));
        Assert.Equal(ListCount(summarised), ListCount(after));
        Assert.Equal($"/Incidents/{added}", Links(after)[0]);
    }

    private static int ListCount(IHtmlDocument page) =>
        int.Parse(page.QuerySelector("[data-incident-count]")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Links(IHtmlDocument page) => [.. page.QuerySelectorAll("#analysis-incidents tbody a").Select(a => a.GetAttribute("href")!)];

    private static int Count(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-tile='year'] tbody td:first-of-type").Sum(td => int.Parse(td.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));

    private async Task<AnalysisSummaryState> BuildAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BuildAnalysisSummary>().RunAsync(CancellationToken.None);
    }

    private Task ClearSummaryAsync() => app.WithDbAsync(async db => await db.AnalysisSummaries.ExecuteDeleteAsync());
}

public sealed class SqliteAnalysisSummaryTests(SqliteClockApp app) : AnalysisSummaryTests<SqliteClockApp>(app);

public sealed class PostgresAnalysisSummaryTests(PostgresClockApp app) : AnalysisSummaryTests<PostgresClockApp>(app);
