using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class AuditPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Audit")]
    [InlineData("/Audit?UserEmail=admin&From=01/01/2020&To=31/12/2099")]
    [InlineData("/Audit?UserEmail=nobody-did-this")]
    [InlineData("/Audit?page=2")]
    public async Task AuditPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task AuditPage_AfterAnAdministratorChange_ListsItAndPassesAxeAndFits()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Drew Delegate" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Edit Drew Delegate", Exact = true }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Drew Delegate-With-A-Very-Long-Unbroken-Surname-For-Wrapping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await AssertAccessibleAtBothWidthsAsync(page, "/Audit");

        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AuditPage_BadDates_ErrorSummaryLinksToFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Audit");
        await page.GetByLabel("From (DD/MM/YYYY)").FillAsync("31/02/2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Equal("From", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.Locator("#From")).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }
}
