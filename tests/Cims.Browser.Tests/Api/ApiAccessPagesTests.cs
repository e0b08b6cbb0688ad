using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.KeyboardUse;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Api;

/// <summary>
/// API onboarding in Chromium: the organisation administrator's /ApiAccess and the CIMS administrator's /ApiRequests and
/// /Administration pass axe-core at 1280 and 320 px, and a request goes from the form to an approved client, a new secret
/// and a revocation with the keyboard alone at 320 px.
/// </summary>
public sealed class ApiAccessPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/ApiAccess")]
    [InlineData("/ApiAccess/Request")]
    public async Task OrganisationAdministratorPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Theory]
    [InlineData("/Administration")]
    [InlineData("/ApiRequests")]
    [InlineData("/ApiRequests/Clients")]
    public async Task CimsAdministratorPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task RequestApproveRotateRevoke_ByKeyboardAt320_SecretShownOnceAndEveryPagePassesAxe()
    {
        var orgAdmin = await app.SignedInPageAsync(OrganisationAdmin, width: 320);
        await orgAdmin.GotoAsync("/ApiAccess");
        await TabToAsync(orgAdmin, "Request API access");
        await orgAdmin.Keyboard.PressAsync("Enter");
        await orgAdmin.WaitForURLAsync("**/ApiAccess/Request");
        await TypeIntoAsync(orgAdmin, "System name", "Keyboard CareLink");
        await TypeIntoAsync(orgAdmin, "Vendor", "Acme Software Pty Ltd");
        await TypeIntoAsync(orgAdmin, "Name", "Pat Contact");
        await TypeIntoAsync(orgAdmin, "E-mail address", "pat@acme.example");
        await TypeIntoAsync(orgAdmin, "What the system will use the API for", "Send endorsed reports from our case management system.");
        await TabToAsync(orgAdmin, "Send request");
        await orgAdmin.Keyboard.PressAsync("Enter");
        await orgAdmin.WaitForURLAsync("**/ApiAccess/Requests/*");
        await Assertions.Expect(orgAdmin.GetByRole(AriaRole.Main)).ToContainTextAsync("Waiting for the department");
        await AssertAccessibleAtBothWidthsAsync(orgAdmin);

        var admin = await app.SignedInPageAsync(CimsAdmin, width: 320);
        await admin.GotoAsync("/ApiRequests");
        await TabToAsync(admin, "Keyboard CareLink");
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/ApiRequests/*");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await TabToAsync(admin, "Approve and make the client");
        await admin.Keyboard.PressAsync("Enter");

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Request approved: API client made");
        var secret = (await admin.Locator("#client-secret").TextContentAsync())!.Trim();
        Assert.True(secret.Length >= 40, "No secret was shown.");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await TabToAsync(admin, "I have copied the secret");
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/ApiRequests/Clients/*");
        await Assertions.Expect(admin.Locator("#client-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await admin.ContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAtBothWidthsAsync(admin);

        await orgAdmin.GotoAsync("/ApiAccess");
        await Assertions.Expect(orgAdmin.GetByRole(AriaRole.Main)).ToContainTextAsync("Approved");
        await AssertAccessibleAtBothWidthsAsync(orgAdmin);
        await TabToAsync(orgAdmin, "Keyboard CareLink");
        await orgAdmin.Keyboard.PressAsync("Enter");
        await orgAdmin.WaitForURLAsync("**/ApiAccess/Clients/*");
        await TabToAsync(orgAdmin, "Make a new secret");
        await orgAdmin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(orgAdmin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New client secret");
        Assert.NotEqual(secret, (await orgAdmin.Locator("#client-secret").TextContentAsync())!.Trim());
        await Assertions.Expect(orgAdmin.GetByRole(AriaRole.Main)).ToContainTextAsync("The previous secret is still accepted until");
        await AssertAccessibleAtBothWidthsAsync(orgAdmin);

        await admin.ReloadAsync();
        await TabToAsync(admin, "Revoke Keyboard CareLink");
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/Revoke");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await TabToAsync(admin, "Yes, revoke");
        await admin.Keyboard.PressAsync("Enter");
        await AssertSummaryLinkFocusesInvalidFieldAsync(admin, "Enter why the client is revoked.", "Reason");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.Keyboard.TypeAsync("The system was retired.");
        await TabToAsync(admin, "Yes, revoke");
        await admin.Keyboard.PressAsync("Enter");

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The client is revoked");
        await Assertions.Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync("The system was retired.");
        await AssertAccessibleAtBothWidthsAsync(admin);
    }

    [Fact]
    public async Task Decline_NoReason_SummaryLinksToTheReasonAndPassesAxe()
    {
        var orgAdmin = await app.SignedInPageAsync(OrganisationAdmin);
        await orgAdmin.GotoAsync("/ApiAccess/Request");
        await orgAdmin.GetByLabel("System name").FillAsync("Declined by keyboard");
        await orgAdmin.GetByLabel("Vendor").FillAsync("Acme");
        await orgAdmin.GetByLabel("Name", new() { Exact = true }).FillAsync("Pat Contact");
        await orgAdmin.GetByLabel("E-mail address").FillAsync("pat@acme.example");
        await orgAdmin.GetByLabel("What the system will use the API for").FillAsync("Reports.");
        await orgAdmin.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await orgAdmin.WaitForURLAsync("**/ApiAccess/Requests/*");
        var admin = await app.SignedInPageAsync(CimsAdmin);
        await admin.GotoAsync(orgAdmin.Url.Replace("/ApiAccess/Requests/", "/ApiRequests/", StringComparison.Ordinal));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(admin, "Enter the reason for declining: the organisation sees it.", "Reason");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await admin.GetByLabel("Reason for declining").FillAsync("Use the sandbox first.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The request was declined.");
        await orgAdmin.ReloadAsync();
        await Assertions.Expect(orgAdmin.GetByRole(AriaRole.Main)).ToContainTextAsync("Use the sandbox first.");
    }

    [Fact]
    public async Task RequestForm_Empty_SummaryLinksToEachFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin);
        await page.GotoAsync("/ApiAccess/Request");
        foreach (var box in await page.Locator("input[name=Scopes]").AllAsync())
            await box.UncheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the name of the system that will call the API.", "SystemName");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one kind of access.", "Scopes");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Describe what the system will use the API for.", "Purpose");
        await AssertAccessibleAtBothWidthsAsync(page);
    }

    private static async Task TypeIntoAsync(IPage page, string label, string text)
    {
        await TabToAsync(page, label);
        await page.Keyboard.TypeAsync(text);
    }
}
