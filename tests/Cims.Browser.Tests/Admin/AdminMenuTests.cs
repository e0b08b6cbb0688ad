using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class AdminMenuTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData(320)]
    [InlineData(576)]
    [InlineData(768)]
    [InlineData(992)]
    [InlineData(1200)]
    public async Task MainMenu_CimsAdministratorAtBreakpoint_FitsAndPassesAxe(int width)
    {
        var page = await app.SignedInPageAsync(CimsAdmin, width);
        if (width < 1200)
            await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" }).ClickAsync();

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var name in new[] { "Organisations", "Users", "Reference data", "Holidays", "Audit log" })
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task MainMenu_Holidays_FollowsReferenceData()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        var names = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();

        var referenceData = names.ToList().IndexOf("Reference data");
        Assert.True(referenceData >= 0, "The menu has no Reference data link.");
        Assert.Equal("Holidays", names[referenceData + 1]);
    }
}
