using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Incidents.Investigations;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Analysis;

/// <summary>
/// The dashboard in a browser: an analyst filters by a year and then a division, reads a chart's table, clicks a bar
/// into the incidents behind it (de-identified), downloads the list and finds the same rows; "&lt;5" stands where a
/// count is small; a delegate sees only their organisation. axe-core and the 320 px check run on each page.
/// </summary>
public sealed class AnalysisBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string AgencyOneReporter = "reporter@agency-one.example";
    private const string AgencyTwoReporter = "reporter@agency-two.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Analyst_FiltersReadsDrillsIntoABarAndExports_DelegateSeesTheirOwn()
    {
        for (var i = 0; i < 6; i++)
            await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2024, 5, 10 + i), AgencyOneReporter);
        for (var i = 0; i < 2; i++)
            await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2024, 6, 10 + i), AgencyTwoReporter);
        await OverdueInvestigationAsync();
        var division = await DivisionOfAsync(AgencyOneReporter);
        var sameDivision = division == await DivisionOfAsync(AgencyTwoReporter);

        var analyst = await app.SignedInPageAsync("analyst@department.example");
        await analyst.GotoAsync("/Analysis");
        await analyst.GetByLabel("From").FillAsync("01/01/2024");
        await analyst.GetByLabel("To", new() { Exact = true }).FillAsync("31/12/2024");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var organisations = analyst.Locator("[data-tile='organisation'] tbody tr");
        await Assertions.Expect(organisations).ToHaveCountAsync(2);
        await Assertions.Expect(organisations.Nth(1)).ToContainTextAsync("<5");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(analyst);

        await analyst.GetByLabel("Division", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = division });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var year = analyst.Locator("#tile-year-table tbody tr");
        await Assertions.Expect(year).ToHaveCountAsync(1);
        await Assertions.Expect(year.First).ToContainTextAsync(sameDivision ? "8" : "6");
        var canvas = analyst.Locator("[data-tile='organisation'] canvas");
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        var bar = await canvas.EvaluateAsync<double[]>("c => { const b = Chart.getChart(c).getDatasetMeta(0).data[0]; return [b.x, b.y]; }");
        await canvas.ClickAsync(new() { Position = new() { X = (float)bar[0] - 4, Y = (float)bar[1] } });

        await analyst.WaitForURLAsync("**/Analysis/Incidents?**");
        var rows = analyst.Locator("#analysis-incidents tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        await Assertions.Expect(analyst.Locator("#analysis-incidents a")).ToHaveCountAsync(0);
        await Assertions.Expect(analyst.Locator("main")).Not.ToContainTextAsync("Citizen");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(analyst);
        var shown = (await rows.Locator("th").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        var download = await analyst.RunAndWaitForDownloadAsync(() => analyst.GetByRole(AriaRole.Link, new() { Name = "Download the list (CSV)" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Skip(1).ToList();
        Assert.Equal(shown, lines.Select(l => l.Split(',')[0]));
        Assert.StartsWith("incidents_occurred-01-01-2024-to-31-12-2024_DivisionId-", download.SuggestedFilename);

        await analyst.GotoAsync("/Analysis?From=01/01/2026&To=31/12/2026");
        await Assertions.Expect(analyst.Locator("[data-tile='follow-up'] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(analyst.Locator("[data-tile='overdue'] tbody td").First).ToHaveTextAsync("<5");
        await Assertions.Expect(analyst.Locator("[data-tile='actions'] tbody tr")).ToHaveCountAsync(1);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(analyst);

        var delegateTwo = await app.SignedInPageAsync("delegate@agency-two.example");
        await delegateTwo.GotoAsync("/Analysis?From=01/01/2024&To=31/12/2024");
        await Assertions.Expect(delegateTwo.Locator("[data-tile='impact'] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(delegateTwo.Locator("[data-tile='impact'] tbody td").First).ToHaveTextAsync("2");
        await Assertions.Expect(delegateTwo.Locator("[data-tile='organisation']")).ToHaveCountAsync(0);

        await delegateTwo.GotoAsync("/Lessons");
        await Assertions.Expect(delegateTwo.Locator("[data-lesson-count]")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegateTwo);
    }

    [Fact]
    public async Task Staff_RevealsARepeatSubjectWithAReason_AnalystSeesOnlyTheKey()
    {
        await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2023, 3, 10), AgencyOneReporter);
        await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2023, 4, 10), AgencyTwoReporter);
        var staff = await app.SignedInPageAsync("staff@department.example");

        await staff.GotoAsync("/Analysis/Repeats?From=01/01/2023&To=31/12/2023&Person=Subjects");
        var row = staff.Locator("#repeats tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(staff.Locator("main")).Not.ToContainTextAsync("Pat Staff");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await row.Locator("a").FocusAsync();
        await staff.Keyboard.PressAsync("Enter");
        await staff.WaitForURLAsync("**/Reveal?**");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Reveal and record my reason" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#Reason-error")).ToContainTextAsync("Give the reason");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GetByLabel("Why do you need to know who this is?").FillAsync("The same worker is named by two providers.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Reveal and record my reason" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#revealed tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(staff.Locator("#revealed")).ToContainTextAsync("Pat Staff");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);

        var analyst = await app.SignedInPageAsync("analyst@department.example");
        await analyst.GotoAsync("/Analysis/Repeats?From=01/01/2023&To=31/12/2023&Person=Subjects");
        await Assertions.Expect(analyst.Locator("#repeats tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(analyst.Locator("#repeats a")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Staff_ComparesALikelyDuplicate_DismissesItWithAReason()
    {
        foreach (var reporter in new[] { AgencyOneReporter, AgencyTwoReporter })
        {
            var id = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2022, 8, 15), reporter);
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.Clients[0].DateOfBirth = new DateOnly(2004, 7, 1);
            await db.SaveChangesAsync();
        }

        var staff = await app.SignedInPageAsync("staff@department.example");
        await staff.GotoAsync("/Analysis/Duplicates?From=01/08/2022&To=31/08/2022");
        await Assertions.Expect(staff.Locator("#duplicates tbody tr")).ToHaveCountAsync(1);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.Locator("#duplicates tbody a").FocusAsync();
        await staff.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("the same name and date of birth");
        await staff.GetByLabel("No: dismiss the suggestion").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#Reason-error")).ToContainTextAsync("Say why");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GetByLabel("Reason (needed to dismiss)").FillAsync("Two different clients with the same name.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToContainTextAsync("will not be suggested again");
        await staff.GotoAsync("/Analysis/Duplicates?From=01/08/2022&To=31/08/2022");
        await Assertions.Expect(staff.Locator("#duplicates tbody tr")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.Locator("#duplicate-decisions tbody tr")).ToHaveCountAsync(1);
    }

    /// <summary>An investigation of agency one in progress, with a recommendation, past its due date: the follow-up tiles have a row.</summary>
    private async Task OverdueInvestigationAsync()
    {
        var id = await BrowserInvestigations.InProgressAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(v => v.Id == id);
        investigation.Recommend("Roster two staff on evening shifts.", "Operations manager", new DateOnly(2027, 3, 1), DateTimeOffset.UtcNow).MustSucceed();
        db.Entry(investigation).Property(v => v.DueAt).CurrentValue = DateTimeOffset.UtcNow.AddDays(-3);
        await db.SaveChangesAsync();
    }

    private async Task<string> DivisionOfAsync(string reporterEmail)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var organisationId = await db.Users.Where(u => u.Email == reporterEmail).Select(u => u.OrganisationId).SingleAsync();
        var areaId = await db.Organisations.Where(o => o.Id == organisationId).SelectMany(o => o.Areas).Select(a => a.AreaId).FirstAsync();
        return await db.Areas.Where(a => a.Id == areaId).Select(a => a.Division!.Name).SingleAsync();
    }
}
