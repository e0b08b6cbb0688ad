using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class HolidayPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Holidays")]
    [InlineData("/Holidays?year=2017")]
    [InlineData("/Holidays?year=2036")]
    [InlineData("/Holidays/Add")]
    public async Task HolidayPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task HolidayEditAndDeletePages_DesktopAnd320_PassAxeAndFit()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Holidays?year=2026");
        var table = page.GetByRole(AriaRole.Table);

        var edit = await HrefAsync(table.GetByRole(AriaRole.Link, new() { Name = "Edit Christmas Day" }).First);
        var delete = await HrefAsync(table.GetByRole(AriaRole.Link, new() { Name = "Delete Christmas Day" }).First);

        await AssertAccessibleAtBothWidthsAsync(page, edit);
        await Assertions.Expect(page.GetByLabel("Date")).ToHaveValueAsync("25/12/2026");
        await AssertAccessibleAtBothWidthsAsync(page, delete);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete this holiday" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddHoliday_BadDate_ErrorSummaryLinksToFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Holidays/Add");
        await page.GetByLabel("Date").FillAsync("32/13/2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add holiday" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the date as DD/MM/YYYY, for example 25/12/2026.", "Date");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the name of the holiday.", "Name");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
