using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

public sealed class PrivacyReportBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task WizardPages_BothWidths_PassAxeWithoutSidewaysScroll()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/PrivacyReport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Service");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Cancel?stage=Service");
        await FillServiceAsync(page);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Officer");
    }

    [Fact]
    public async Task ServiceErrors_320px_SummaryLinksToFieldsAndPassesAxe()
    {
        var page = await app.NewPageAsync(width: 320);
        await page.GotoAsync("/PrivacyReport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the postcode.", "Postcode");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task LandingToReportingOfficer_KeyboardOnly_ReachesStage2()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/PrivacyReport");

        await KeyboardUse.TabToAsync(page, "Proceed");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/PrivacyReport/Service");
        await KeyboardUse.TabToAsync(page, "Organisation name");
        await page.Keyboard.TypeAsync("Agency One");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#AreaId option")).Not.ToHaveCountAsync(1);
        await TypeAsync(page, "Street number and name", "12 High Street");
        await TypeAsync(page, "Suburb/Town", "Seymour");
        await TypeAsync(page, "Postcode", "3660");
        foreach (var select in new[] { "Area", "Program", "Service type" })
        {
            await KeyboardUse.TabToAsync(page, select);
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await KeyboardUse.TabToAsync(page, "Next");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/PrivacyReport/Officer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Reporting officer");
    }

    private static async Task TypeAsync(IPage page, string label, string text)
    {
        await KeyboardUse.TabToAsync(page, label);
        await page.Keyboard.TypeAsync(text);
    }

    private static async Task FillServiceAsync(IPage page)
    {
        await page.GotoAsync("/PrivacyReport/Service");
        await page.GetByLabel("Organisation name").FillAsync("Agency One");
        await page.GetByRole(AriaRole.Option, new() { Name = "Agency One Community Services" }).ClickAsync();
        await Assertions.Expect(page.Locator("#AreaId option")).Not.ToHaveCountAsync(1);
        await page.GetByLabel("Street number and name").FillAsync("12 High Street");
        await page.GetByLabel("Suburb/Town").FillAsync("Seymour");
        await page.GetByLabel("Postcode").FillAsync("3660");
        foreach (var id in new[] { "#AreaId", "#ProgramId", "#ServiceTypeId" })
            await page.Locator(id).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Officer");
    }
}
