using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// The investigation's content pages in a browser, signed in as the investigation manager of an investigation in progress:
/// allegations, one allegation, evidence, contributing factors, recommendations, one recommendation and the investigation's
/// page. axe-core and the 320 px check run on each, and again on each form's error state.
/// </summary>
public sealed class WorkPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task EveryContentPage_AndItsErrorState_PassesAxeAtBothWidths()
    {
        var id = await BrowserInvestigations.InProgressAsync(app.Services);
        var page = await app.SignedInPageAsync(BrowserInvestigations.Investigator);
        var root = $"/Investigations/{id}";

        await CheckFormAsync(page, $"{root}/Allegations", "Add the allegation", "Enter the client the allegation is about.");
        await page.GotoAsync($"{root}/Allegations/1");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Substantiated", new() { Exact = true }).CheckAsync();
        await SubmitAndCheckErrorAsync(page, "Save allegation 1", "Give the reasons for the finding");
        await CheckFormAsync(page, $"{root}/Evidence", "Log the evidence", "Choose the kind of evidence.");
        await CheckFormAsync(page, $"{root}/Factors", "Save the contributing factors", "Tick at least one contributing factor");

        await CheckFormAsync(page, $"{root}/Recommendations", "Add the recommendation", "Enter the recommendation.");
        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Roster two staff on every shift in the lounge.");
        await page.GetByLabel("Owner").FillAsync("House supervisor");
        var due = page.GetByRole(AriaRole.Group, new() { Name = "Due date" });
        await due.GetByLabel("Day").FillAsync("1");
        await due.GetByLabel("Month").FillAsync("3");
        await due.GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recommendations")).ToContainTextAsync("House supervisor");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"{root}/Recommendations/1");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Not accepted").CheckAsync();
        await SubmitAndCheckErrorAsync(page, "Save recommendation 1", "Say why the recommendation was not accepted.");

        await page.GotoAsync(root);
        await Assertions.Expect(page.Locator("#recommendations")).ToContainTextAsync("Roster two staff");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task RecordFinding_KeyboardOnly_SavesTheFindingWithItsReasons()
    {
        var id = await BrowserInvestigations.InProgressAsync(app.Services);
        var page = await app.SignedInPageAsync(BrowserInvestigations.Investigator);
        await page.GotoAsync($"/Investigations/{id}/Allegations/1");

        await KeyboardUse.TabToAsync(page, "Not yet decided");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Substantiated", await KeyboardUse.FocusedNameAsync(page));
        await KeyboardUse.TabToAsync(page, "Reasons for the finding");
        await page.Keyboard.TypeAsync("Two staff on shift saw the push; the roster places Pat Staff in the lounge.");
        await KeyboardUse.TabToAsync(page, "Save allegation 1");
        await page.Keyboard.PressAsync("Enter");

        var row = page.Locator("#allegations tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Substantiated");
        await Assertions.Expect(row).ToContainTextAsync("the roster places Pat Staff in the lounge");
    }

    [Fact]
    public async Task Dashboard_WithWorkWaiting_ListsItAndPassesAxeAtBothWidths()
    {
        var id = await BrowserInvestigations.InProgressAsync(app.Services);
        var page = await app.SignedInPageAsync(BrowserInvestigations.Investigator);

        await page.GotoAsync("/");

        var item = page.Locator("[data-work-item]").Filter(new() { Has = page.Locator($"a[href='/Investigations/{id}']") });
        await Assertions.Expect(item).ToContainTextAsync("Carry out the investigation");
        await Assertions.Expect(item).ToContainTextAsync("Due ");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }

    private static async Task CheckFormAsync(IPage page, string path, string button, string error)
    {
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, path);
        await SubmitAndCheckErrorAsync(page, button, error);
    }

    private static async Task SubmitAndCheckErrorAsync(IPage page, string button, string error)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(error);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }
}
