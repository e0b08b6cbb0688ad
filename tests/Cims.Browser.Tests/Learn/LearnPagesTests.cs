using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.KeyboardUse;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Learn;

/// <summary>The Learn pages: axe-core and no sideways scroll at 1280 and 320 px, a module answered with the keyboard alone.</summary>
public sealed class LearnPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Reporter = "reporter@agency-one.example";

    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Learn")]
    [InlineData("/Learn/reporting")]
    public async Task LearnPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(Reporter);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task Module_AnsweredWithTheKeyboard_ShowsTheResultAndExplanationAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync("/Learn");

        await TabToAsync(page, "The CIMS end-to-end model");
        await FollowFocusedLinkAsync(page);
        await TabToAsync(page, "A staff member hurts their back lifting a box, with no client involved");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("An event during service delivery that results in harm to a client", await FocusedNameAsync(page));
        await TabToAsync(page, "Check my answers");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/Learn/end-to-end#results");
        await Assertions.Expect(page.Locator("[data-results]")).ToContainTextAsync("You have answered 1 of 4 questions right.");
        var result = page.Locator("[data-question='definition'] [data-result='right']");
        await Assertions.Expect(result).ToContainTextAsync("Right.");
        await Assertions.Expect(result).ToContainTextAsync("happens during service delivery and results in harm to a client");
        await AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Module_NothingChosen_ErrorSummaryAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync("/Learn/investigating");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose an answer to at least one question.", "answer-purpose");
        await AssertAccessibleAtBothWidthsAsync(page);
    }
}
