using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests;

public sealed class PublicPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/PrivacyReport")]
    [InlineData("/Info/PrivacyStatement")]
    [InlineData("/Info/Disclaimer")]
    [InlineData("/Info/Accessibility")]
    [InlineData("/Info/Source")]
    public async Task PublicPage_Desktop_HasNoAxeViolations(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/PrivacyReport")]
    public async Task PublicPage_At320Pixels_FitsWithoutSidewaysScrollAndPassesAxe(string path)
    {
        var page = await app.NewPageAsync(width: 320);
        await page.GotoAsync(path);

        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Home_Anonymous_LinksToSignInAndPrivacyReport()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Report a privacy incident" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Report a privacy incident");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsErrorSummaryThatLinksToFieldsAndPassesAxe()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Enter your e-mail address.");
        await Assertions.Expect(page.Locator("#Email-error")).ToHaveTextAsync("Enter your e-mail address.");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your password." }).ClickAsync();
        Assert.EndsWith("#Password", page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AxeCheck_PageWithAnUnlabelledField_IsCaught()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertNoViolationsAsync(page));

        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
    }
}
