using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

/// <summary>
/// The main menu keeps one entry for each kind of administrator, so it fits at every Bootstrap breakpoint: the CIMS
/// administrator's "Administration" leads to every area; the organisation administrator has "Users" and "API" (which
/// leads to the webhooks).
/// </summary>
public sealed class AdminMenuTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private static readonly string[] AdministrationAreas =
        ["Organisations", "Onboarding requests", "Users", "API access requests and clients", "API sandbox", "Reference data", "Holidays", "Audit log"];

    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData(320)]
    [InlineData(576)]
    [InlineData(768)]
    [InlineData(992)]
    [InlineData(1200)]
    public async Task MainMenu_CimsAdministratorAtBreakpoint_OneAdministrationEntryFitsAndPassesAxe(int width)
    {
        var page = await app.SignedInPageAsync(CimsAdmin, width);
        var menu = await OpenMenuAsync(page, width);

        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true })).ToBeVisibleAsync();
        foreach (var name in new[] { "Organisations", "Users", "Reference data", "Holidays", "Audit log", "API" })
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(576)]
    [InlineData(768)]
    [InlineData(992)]
    [InlineData(1200)]
    public async Task MainMenu_OrganisationAdministratorAtBreakpoint_UsersAndApiFitAndPassAxe(int width)
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin, width);
        var menu = await OpenMenuAsync(page, width);

        foreach (var name in new[] { "Users", "API" })
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        foreach (var name in new[] { "Webhooks", "Administration" })
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task MainMenu_CimsAdministratorAt1200_OnOneLine()
    {
        var page = await app.SignedInPageAsync(CimsAdmin, 1200);

        var middles = await page.Locator("#main-nav .nav-link").EvaluateAllAsync<double[]>(
            "links => links.map(l => { const r = l.getBoundingClientRect(); return r.top + r.height / 2; })");

        Assert.True(middles.Max() - middles.Min() < 8, $"The menu wraps at 1200 px: the links' middles are at {string.Join(", ", middles)}.");
    }

    [Fact]
    public async Task Administration_ListsEveryAreaWithASentence_HolidaysFollowReferenceData()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administration");
        var names = await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(AdministrationAreas, names);
        foreach (var item in await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).AllAsync())
            Assert.True((await item.Locator("p").InnerTextAsync()).Length > 30, "An area has no sentence saying what it is for.");
        await AssertAccessibleAtBothWidthsAsync(page);
    }

    private static async Task<ILocator> OpenMenuAsync(IPage page, int width)
    {
        if (width < 1200)
            await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" }).ClickAsync();
        return page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
    }
}
