using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Cims.Browser.Tests;

/// <summary>
/// The Content-Security-Policy as Chromium enforces it, and proof that the check every browser test ends with
/// (<see cref="PolicyWatch"/>) notices a violation: each test here breaks the policy on purpose, asserts the
/// check fails, and so leaves nothing for its own end-of-test check.
/// </summary>
public sealed class SecurityPolicyTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task InlineStyle_InjectedIntoAPage_IsRefusedAndFailsTheCheck()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        var colour = await page.EvaluateAsync<string>("""
            () => {
                const p = document.createElement('p');
                p.setAttribute('style', 'color: rgb(255, 0, 0)');
                document.querySelector('main').append(p);
                return getComputedStyle(p).color;
            }
            """);

        Assert.NotEqual("rgb(255, 0, 0)", colour);
        await AssertCheckFailsAsync(page, "style-src");
    }

    [Fact]
    public async Task InlineScript_WrittenIntoAPage_IsRefusedAndFailsTheCheck()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.SetContentAsync("<main><h1>Injected</h1><script>document.title = 'ran';</script></main>");

        Assert.NotEqual("ran", await page.TitleAsync());
        await AssertCheckFailsAsync(page, "script-src");
    }

    [Fact]
    public async Task InlineEventHandler_InjectedIntoAPage_IsRefusedAndFailsTheCheck()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            () => {
                const b = document.createElement('button');
                b.id = 'injected';
                b.textContent = 'Injected';
                b.setAttribute('onclick', "document.title = 'clicked'");
                document.querySelector('main').append(b);
            }
            """);

        await page.ClickAsync("#injected");

        Assert.NotEqual("clicked", await page.TitleAsync());
        await AssertCheckFailsAsync(page, "script-src");
    }

    [Fact]
    public async Task PagesOfThisSite_Visited_ReportNothing()
    {
        var page = await app.SignedInPageAsync(PageChecks.CimsAdmin);
        foreach (var path in new[] { "/", "/Account/Manage", "/PrivacyReport", "/no-such-page" })
            await page.GotoAsync(path);

        await app.Policy.EndTestAsync();
    }

    /// <summary>Waits for the browser to report the violation, then checks the end-of-test check fails and names the directive.</summary>
    private async Task AssertCheckFailsAsync(IPage page, string directive)
    {
        for (var waited = 0; waited < 100 && !app.Policy.Reported.Any(r => r.Contains(directive, StringComparison.Ordinal)); waited++)
            await page.WaitForTimeoutAsync(100);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(app.Policy.EndTestAsync);

        Assert.Contains(directive, failure.Message, StringComparison.Ordinal);
        Assert.Contains("Content Security Policy", failure.Message, StringComparison.Ordinal);
    }
}
