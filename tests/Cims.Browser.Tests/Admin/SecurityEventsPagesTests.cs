using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

/// <summary>The security officer's search of the security events (/Security/Events).</summary>
public sealed class SecurityEventsPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string SecurityOfficer = "security@department.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Events_AfterAFailedSignIn_ListItAndEveryFilterStatePassesAxeAndFits()
    {
        var stranger = await app.NewPageAsync();
        await stranger.GotoAsync("/Account/Login");
        await stranger.GetByLabel("E-mail address").FillAsync("reporter@agency-one.example");
        await stranger.GetByLabel("Password").FillAsync("not the password at all");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(stranger.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        var page = await app.SignedInPageAsync(SecurityOfficer);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Security events" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Security events");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("(security.signin_failed)");
        await AssertAccessibleAtBothWidthsAsync(page);

        await AssertAccessibleAtBothWidthsAsync(page, "/Security/Events?User=nobody-did-this");
    }

    [Fact]
    public async Task Events_BadDates_ErrorSummaryLinksToFieldAndPassesAxeAtBothWidths()
    {
        var page = await app.SignedInPageAsync(SecurityOfficer);
        await page.GotoAsync("/Security/Events");
        await page.GetByLabel("From (DD/MM/YYYY)").FillAsync("31/02/2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, (await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).First.TextContentAsync())!.Trim(), "From");
        await AssertAccessibleAtBothWidthsAsync(page);
    }
}
