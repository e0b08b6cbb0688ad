using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Features.Privacy;
using Cims.Web.Features.Privacy.Submission;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>The declaration and confirmation pages in a real browser: axe-core, 320 px, the error summary and the PDF download.</summary>
public sealed class SubmissionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Declaration_BothWidthsAndUnticked_PassesAxeAndSummaryFocusesCheckbox()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.ReadyToDeclareAsync(app, page, people: 2);

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, PrivacyStages.Declaration);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, PrivacyDeclarationFormValidator.Message, "Declared");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task Submit_Ticked_ShowsNumberDownloadsPdfAndExits()
    {
        var page = await app.NewPageAsync();
        await PrivacyBrowserDrafts.ReadyToDeclareAsync(app, page, people: 2);

        await page.GetByLabel(PrivacyDeclaration.CheckboxLabel).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await page.WaitForURLAsync("**/PrivacyReport/Submitted");
        var number = (await page.Locator("strong#report-number").TextContentAsync())!.Trim();
        Assert.Matches(@"^PIR-\d{4}-\d{6}$", number);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, PrivacyStages.Submitted);
        var text = await DownloadTextAsync(page);
        foreach (var expected in new[] { number, "Privacy Incident Report", "Alex Person1", "Alex Person2", "Declared by Jane Citizen" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Exit" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Report a privacy incident");
    }

    private static async Task<string> DownloadTextAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download" }).ClickAsync());
        Assert.Matches(@"^PIR-\d{4}-\d{6}\.pdf$", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"cims-privacy-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            return await PdfText.ReadAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
