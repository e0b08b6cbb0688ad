using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>Department staff send the reporting officer a summary of a closed report: error state, then sent; axe-core at both widths.</summary>
public sealed class OfficerSummaryBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task OfficerSummary_EmptyThenSent_ShownOnTheReport()
    {
        var id = await DepartmentPrivacyBrowserTests.SubmittedAsync(app.Services, breach: false);
        var page = await app.SignedInPageAsync("staff@department.example");
        await page.GotoAsync($"/Department/Privacy/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Send a summary to the reporting officer" }).ClickAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the reporting officer" }).ClickAsync();
        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the summary for the reporting officer.", "Summary");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Summary for the reporting officer").FillAsync("No breach: the letter reached the right client.");
        await KeyboardUse.TabToAsync(page, "Send to the reporting officer");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("The summary was e-mailed to jane@agency-one.example.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#officer-summary")).ToContainTextAsync("the letter reached the right client");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }
}
