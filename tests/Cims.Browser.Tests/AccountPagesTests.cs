using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests;

public sealed class AccountPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Password/Forgot")]
    [InlineData("/Password/ForgotConfirmation")]
    [InlineData("/Password/Reset?userId=nobody&code=broken")]
    [InlineData("/Account/Lockout")]
    public async Task AnonymousAccountPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.NewPageAsync();

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Theory]
    [InlineData("/Manage")]
    [InlineData("/Manage/ChangePassword")]
    [InlineData("/Manage/EnableAuthenticator")]
    public async Task SignedInAccountPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync("investigator@agency-one.example");

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ErrorStatePassesAxe()
    {
        var page = await app.SignedInPageAsync("reporter@agency-two.example");
        await page.GotoAsync("/Manage/ChangePassword");

        await page.GetByLabel("Current password").FillAsync("not-my-password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("A-much-longer-passw0rd!");
        await page.GetByLabel("New password again").FillAsync("A-much-longer-passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
