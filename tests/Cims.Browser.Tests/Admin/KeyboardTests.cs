using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.KeyboardUse;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

/// <summary>Administration journeys with the keyboard alone: no clicks, no filling.</summary>
public sealed class KeyboardTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task CreateOrganisation_KeyboardOnly_SavesWithTheTickedArea()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Organisations");

        await TabToAsync(page, "Add an organisation");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Organisations/Create");
        await TabToAsync(page, "Name");
        await page.Keyboard.TypeAsync("Keyboard Kinship Care");
        await TabToAsync(page, "ABN (optional)");
        await page.Keyboard.TypeAsync("51 824 753 556");
        await TabToAsync(page, "East – Goulburn");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.checked"), "Space did not tick Goulburn.");
        await TabToAsync(page, "Add organisation");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Organisation \"Keyboard Kinship Care\" created.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Keyboard Kinship Care");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Goulburn");
    }

    [Fact]
    public async Task AddHoliday_KeyboardOnly_ListsTheNewHoliday()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Holidays");

        await TabToAsync(page, "Add a public holiday");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Holidays/Add");
        await TabToAsync(page, "Date");
        await page.Keyboard.TypeAsync("15/08/2031");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Name", await FocusedNameAsync(page));
        await page.Keyboard.TypeAsync("Keyboard Appreciation Day");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added “Keyboard Appreciation Day” on 15/08/2031.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Keyboard Appreciation Day");
        await TabToAsync(page, "Edit Keyboard Appreciation Day");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task MainMenu_KeyboardOnly_ReachesReferenceDataAndHolidaysThroughAdministration(int width)
    {
        var page = await app.SignedInPageAsync(CimsAdmin, width);

        await FollowMenuLinkAsync(page, width, "Administration");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administration");
        await FollowLinkAsync(page, "Reference data");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reference data");
        await FollowMenuLinkAsync(page, width, "Administration");
        await FollowLinkAsync(page, "Holidays");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Victorian public holidays");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task MainMenu_OrganisationAdminAt320_OffersUsersAndApiOnly()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin, width: 320);

        await FollowMenuLinkAsync(page, 320, "Users");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Users");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Holidays" })).ToHaveCountAsync(0);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Organisations" })).ToHaveCountAsync(0);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToHaveCountAsync(0);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Webhooks" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task MainMenu_OrganisationAdminKeyboardOnly_ReachesWebhooksThroughApi()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin, width: 320);

        await FollowMenuLinkAsync(page, 320, "API");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("API access");
        await FollowLinkAsync(page, "Webhooks");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Webhooks");
    }

    /// <summary>Tabs from where the focus is to the link named <paramref name="name"/> and follows it with Enter.</summary>
    private static async Task FollowLinkAsync(IPage page, string name)
    {
        await TabToAsync(page, name);
        await FollowFocusedLinkAsync(page);
    }

    /// <summary>From the top of the page: opens the collapsed menu with Enter when narrow, then tabs to the link.</summary>
    private static async Task FollowMenuLinkAsync(IPage page, int width, string name)
    {
        if (width < 1200)
        {
            await TabToAsync(page, "Show or hide the menu");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" })).ToHaveAttributeAsync("aria-expanded", "true");
        }

        await TabToAsync(page, name);
        await FollowFocusedLinkAsync(page);
    }
}
