using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Privacy;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>Stage 5, Person(s) impacted, in Chromium: axe-core and 320 px on every page, and adding a person with the keyboard alone.</summary>
public sealed class PeopleBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string List = "/PrivacyReport/People";

    [Fact]
    public async Task PeoplePages_BothWidths_PassAxeWithoutSidewaysScroll()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.Containment, people: 2);
        await page.GotoAsync(List);
        var edit = await PageChecks.HrefAsync(page.GetByRole(AriaRole.Link, new() { Name = "Edit Alex Person1" }));

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, List);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, List + "/Add");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, edit);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, edit.Replace("/Edit", "/Delete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonFormErrors_320px_SummaryLinksToFieldsAndPassesAxe()
    {
        var page = await app.NewPageAsync(width: 320);
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.People);
        await page.GotoAsync(List + "/Add");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one relevant privacy principle.", "Principles");
        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose the person's sex.", "Sex");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task ListNextWithoutPerson_320px_ShowsMessageAndPassesAxe()
    {
        var page = await app.NewPageAsync(width: 320);
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.People);

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Add at least one person impacted by the incident.");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task AddPerson_KeyboardOnly_SavesAndListsThePerson()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.People);

        await KeyboardUse.TabToAsync(page, "Add person to incident");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/PrivacyReport/People/Add");
        await ChooseAsync(page, "Client unique identifier type", 1);
        await TypeAsync(page, "Client unique identifier", "C-777");
        await TypeAsync(page, "Surname (family name)", "Keyboard");
        await TypeAsync(page, "Given name", "Kim");
        await ChooseAsync(page, "Sex", 2);
        await ChooseAsync(page, "Indigenous status", 4);
        await TypeAsync(page, "Day", "9");
        await TypeAsync(page, "Month", "10");
        await TypeAsync(page, "Year", "1975");
        await TypeAsync(page, "Street number and name", "3 Hill Road");
        await TypeAsync(page, "Suburb/Town", "Seymour");
        await TypeAsync(page, "Postcode", "3660");
        await ChooseAsync(page, "Relationship to department", 2);
        await ChooseAsync(page, "Have the immediate safety needs of each client been met", 1);
        await KeyboardUse.TabToAsync(page, "IPP 2 – Use and Disclosure");
        await page.Keyboard.PressAsync("Space");
        await KeyboardUse.TabToAsync(page, "Save");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**" + List);
        var row = page.Locator("#People tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Kim Keyboard");
        await Assertions.Expect(row).ToContainTextAsync("Client");
    }

    private static async Task TypeAsync(IPage page, string label, string text)
    {
        await KeyboardUse.TabToAsync(page, label);
        await page.Keyboard.TypeAsync(text);
    }

    private static async Task ChooseAsync(IPage page, string label, int downPresses)
    {
        await KeyboardUse.TabToAsync(page, label);
        for (var i = 0; i < downPresses; i++)
            await page.Keyboard.PressAsync("ArrowDown");
    }
}
