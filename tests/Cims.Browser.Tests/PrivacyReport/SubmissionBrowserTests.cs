using Cims.Browser.Tests.Infrastructure;
using Cims.Tests.Shared;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.PrivacyReport;
using Cims.Web.Features.PrivacyReport.Submission;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>The declaration and confirmation pages in a real browser: axe-core, 320 px, the error summary and the PDF download.</summary>
public sealed class SubmissionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Declaration_BothWidthsAndUnticked_PassesAxeAndSummaryFocusesCheckbox()
    {
        var page = await app.NewPageAsync();
        await ReadyToDeclareAsync(page, people: 2);

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
        await ReadyToDeclareAsync(page, people: 2);
        await page.GotoAsync(PrivacyStages.Declaration);

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

    /// <summary>Presses Proceed in the browser, then completes every stage through the domain.</summary>
    private async Task ReadyToDeclareAsync(IPage page, int people)
    {
        await page.GotoAsync(PrivacyStages.Root);
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");
        var token = (await page.Context.CookiesAsync()).Single(c => c.Name == PrivacyDraftCookie.Name).Value;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var org = await db.Organisations.Include(o => o.Areas).Include(o => o.ServiceTypes).SingleAsync(o => o.Name == DemoAccounts.AgencyOne);
        var typeId = org.ServiceTypes.Min(s => s.ServiceTypeId);
        var type = await db.ServiceTypes.SingleAsync(t => t.Id == typeId);
        var report = await db.PrivacyReports.SingleAsync(r => r.Token == token);
        PrivacyReportFiller.Fill(report, new ServiceIds(org.Id, org.Areas.Min(a => a.AreaId), type.ProgramId, type.Id), null, people);
        await db.SaveChangesAsync();
    }
}
