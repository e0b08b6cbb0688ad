using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Api;

/// <summary>The CIMS administrator's API sandbox page in Chromium: axe-core and 320 px, the keyboard, the secret shown once, the error summary.</summary>
public sealed class SandboxPageTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task SandboxPage_DesktopAnd320_PassesAxeAndFits()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, "/ApiSandbox");
    }

    [Fact]
    public async Task IssueCredentials_ByKeyboardAt320_SecretShownOnceAndThePagePassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin, width: 320);
        await page.GotoAsync("/ApiSandbox");
        await page.GetByLabel("Vendor", new() { Exact = true }).FillAsync("Keyboard Care Systems");
        await page.GetByLabel("Contact at the vendor").FillAsync("integrations@keyboard-care.example");

        await KeyboardUse.TabToAsync(page, "Issue credentials");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#sandbox-secret")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Keyboard Care Systems – integrations@keyboard-care.example (sandbox)" })).ToBeVisibleAsync();
        await AssertAccessibleAtBothWidthsAsync(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#sandbox-secret")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task IssueCredentials_NoVendorNoScope_SummaryLinksToEachFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/ApiSandbox");
        foreach (var box in await page.Locator("input[name=Scopes]").AllAsync())
            await box.UncheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Issue credentials" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the vendor's name.", "Vendor");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one scope.", "Scopes");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
