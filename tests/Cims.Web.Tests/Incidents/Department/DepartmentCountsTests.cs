using System.Globalization;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Department.DepartmentPages;

namespace Cims.Web.Tests.Incidents.Department;

/// <summary>
/// The list's counts by area and impact are shared for 30 seconds per set of filters and say when they were taken; the
/// rows are read on every request. Each test moves the clock on a day and counts the incidents it puts on a day of its own.
/// </summary>
public abstract class DepartmentCountsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CountsApp
{
    private static int _days;

    [Fact]
    public async Task Counts_WithinTheLifetime_StayAsAtTheTimeShownWhileTheRowsAreLive()
    {
        var (day, url) = NewDay();
        var first = await SubmittedOnAsync(day);
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        var analyst = await FormClient.SignedInAsync(app, "analyst@department.example");

        var before = await staff.GetPageAsync(url);
        app.Clock.Advance(TimeSpan.FromSeconds(29));
        var second = await SubmittedOnAsync(day);
        var during = await analyst.GetPageAsync(url);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await staff.GetPageAsync(url);

        Assert.Equal((1, "Counts as at 2:05:13 pm"), (Total(before), AsAt(before)));
        Assert.Equal((1, "Counts as at 2:05:13 pm"), (Total(during), AsAt(during)));
        Assert.Equal([await NumberAsync(app, first), await NumberAsync(app, second)], Numbers(during).Order(StringComparer.Ordinal));
        Assert.Equal((2, "Counts as at 2:05:43 pm"), (Total(after), AsAt(after)));
    }

    [Fact]
    public async Task Counts_OtherFilters_AreCountedApart_TheSameFiltersAnyPageShareOneCount()
    {
        var (day, url) = NewDay();
        await SubmittedOnAsync(day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var all = await client.GetPageAsync(url);
        await SubmittedOnAsync(day, ImpactLevel.NonMajor);
        var nonMajor = await client.GetPageAsync($"{url}&Impact=NonMajor");
        var sameFilters = await client.GetPageAsync($"{List}?From={day.Day}/{day.Month}/{day.Year}&To={Typed(day)}&page=2");

        Assert.Equal((1, 0, 1), Counts(all));
        Assert.Equal((0, 1, 1), Counts(nonMajor));
        Assert.Single(Numbers(nonMajor));
        Assert.Equal((1, 0, 1), Counts(sameFilters));
        Assert.Equal(2, Numbers(sameFilters).Count);
    }

    [Fact]
    public async Task Counts_SettingZero_AreTakenOnEveryRequest()
    {
        var (day, url) = NewDay();
        await SubmittedOnAsync(day);
        using var live = new LiveCountsNode(app);
        var client = await FormClient.SignedInAsync(live, "staff@department.example");

        var before = await client.GetPageAsync(url);
        await SubmittedOnAsync(day);
        var after = await client.GetPageAsync(url);

        Assert.Equal(1, Total(before));
        Assert.Equal(2, Total(after));
        Assert.Equal("Counts as at 2:05:13 pm", AsAt(after));
    }

    [Fact]
    public async Task Counts_AfterAScreeningDecision_AreTakenAgain()
    {
        var (day, url) = NewDay();
        var id = await SubmittedOnAsync(day, reportedOn: new DateOnly(2019, 3, 4));
        var client = await FormClient.SignedInAsync(app, "staff@department.example");
        var needsScreening = $"{url}&NeedsScreening=true";

        var before = await client.GetPageAsync(needsScreening);
        var screen = await client.GetPageAsync(Screen(id));
        var decided = await client.PostWithTokenAsync(Screen(id), FormClient.Token(screen),
            [new("FollowUp", "Investigation"), new("Note", ""), new("Version", screen.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]);
        var after = await client.GetPageAsync(needsScreening);

        Assert.Equal(1, Total(before));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(0, Total(after));
        Assert.Contains("No incidents match your filters.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_TakenBeforeRowsCame_NeverHideThem()
    {
        var (day, url) = NewDay();
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var none = await client.GetPageAsync(url);
        var ids = new List<int>();
        for (var i = 0; i < Paging.PageSize + 1; i++)
            ids.Add(await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment));
        await MoveToAsync(day, [.. ids]);
        var first = await client.GetPageAsync(url);
        var second = await client.GetPageAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var beyond = await client.GetPageAsync($"{url}&page=9");

        Assert.Contains("No incidents match your filters.", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Total(first));
        Assert.Equal(Paging.PageSize, Numbers(first).Count);
        Assert.DoesNotContain("No incidents match", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Incidents matching your filters, page 2 of 2", second.QuerySelector("#incidents-caption")!.TextContent.Trim());
        Assert.Single(Numbers(second));
        Assert.DoesNotContain(Numbers(second)[0], Numbers(first));
        Assert.Equal(Numbers(first), Numbers(beyond));
    }

    /// <summary>A day no other test submits on, the clock moved on to the next day, and the list filtered to that day.</summary>
    private (DateOnly Day, string Url) NewDay()
    {
        app.NextDay();
        var day = new DateOnly(2024, 1, 1).AddDays(Interlocked.Increment(ref _days));
        return (day, $"{List}?From={Typed(day)}&To={Typed(day)}");
    }

    private static string Typed(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An incident submitted to the department at noon on <paramref name="day"/>, put straight into the database.</summary>
    private async Task<int> SubmittedOnAsync(DateOnly day, ImpactLevel impact = ImpactLevel.Major, DateOnly? reportedOn = null)
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: impact, reportedOn: reportedOn);
        await MoveToAsync(day, id);
        return id;
    }

    private Task<int> MoveToAsync(DateOnly day, params int[] ids)
    {
        var noon = MelbourneTime.StartOfDay(day).AddHours(12);
        return app.WithDbAsync(db => db.Incidents.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.SubmittedAt, noon)));
    }

    /// <summary>The summary's "All areas" total, or 0 when it counts nothing (and is not shown).</summary>
    private static int Total(IHtmlDocument page) => Counts(page).Total;

    /// <summary>The summary's "All areas" row: major, non-major and total (none when it is not shown).</summary>
    private static (int Major, int NonMajor, int Total) Counts(IHtmlDocument page)
    {
        var cells = page.QuerySelector("#summary-caption")?.ParentElement?.QuerySelectorAll("tfoot td")
            .Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture)).ToList();
        return cells is [var major, var nonMajor, var total] ? (major, nonMajor, total) : (0, 0, 0);
    }

    private static string? AsAt(IHtmlDocument page) => page.QuerySelector("#counts-as-at")?.TextContent.Trim();
}

public sealed class SqliteDepartmentCountsTests(SqliteCountsApp app) : DepartmentCountsTests<SqliteCountsApp>(app);

public sealed class PostgresDepartmentCountsTests(PostgresCountsApp app) : DepartmentCountsTests<PostgresCountsApp>(app);
