using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Privacy;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>Stages 3 (Dates) and 4 (Description) in a real browser: axe-core at both widths and an error state at 320 px.</summary>
public sealed class DatesDescriptionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task DatesAndDescription_BothWidths_PassAxeWithoutSidewaysScroll()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.Description);

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Dates");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Description");
    }

    [Fact]
    public async Task DatesErrors_320px_SummaryLinksToFieldsAndPassesAxe()
    {
        var page = await app.NewPageAsync(width: 320);
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.Dates);
        await page.GetByLabel("Year").First.FillAsync("2999");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the date of incident as a real date: day, month and year, like 21 11 2026.", "OccurredDay");
        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose the time incident disclosed.", "DisclosedTime");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }
}
