using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Privacy;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

public sealed class ContainmentBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    [Fact]
    public async Task Containment_EmptyAndWithErrors_PassAxeAtBothWidthsAndSummaryFocusesTheField()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.Containment);

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/PrivacyReport/Containment");
        await page.GetByLabel("Actions taken in response to the incident").FillAsync("Phoned the recipient at 10:15.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();

        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one type of information disclosed.", "InformationDisclosed");
        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose Yes if a privacy breach occurred, or No. If you are unsure, choose Yes.", "BreachOccurred");
        await Assertions.Expect(page.GetByLabel("Actions taken in response to the incident")).ToHaveValueAsync("Phoned the recipient at 10:15.");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task Upload_SmallPngAt320px_IsListedAndTheStageStillPassesAxe()
    {
        var page = await app.NewPageAsync(width: 320);
        await PrivacyBrowserDrafts.AtStageAsync(app, page, PrivacyStage.Containment);
        await page.GetByLabel("Case Notes", new() { Exact = true }).FillAsync("Kept while uploading.");

        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "screen shot.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#file-notice")).ToHaveTextAsync("screen shot.png was uploaded.");
        await Assertions.Expect(page.Locator("#privacy-files")).ToContainTextAsync("screen shot.png");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove screen shot.png" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Case Notes", new() { Exact = true })).ToHaveValueAsync("Kept while uploading.");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }
}
