using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Endorsement;

public sealed class EndorsementPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Delegate = "delegate@agency-one.example";

    [Fact]
    public async Task DelegatePages_EndorsementAndRegister_DesktopAnd320_PassAxeAndFit()
    {
        var awaiting = await BrowserIncidents.CreateAsync(app);
        var submitted = await BrowserIncidents.CreateAsync(app, endorse: true);
        await BrowserIncidents.CreateAsync(app, endorse: true, impact: ImpactLevel.NonMajor, reportedOn: new DateOnly(2019, 3, 4));
        string[] paths = [$"/Incidents/{awaiting}", $"/Incidents/{submitted}", "/Endorsement", $"/Endorsement/{awaiting}", "/Endorsement/Batch",
            "/Incidents", "/Incidents?From=31/02/2021&Number=IRD"];
        var page = await app.SignedInPageAsync(Delegate);
        foreach (var path in paths)
        {
            await PageChecks.AssertAccessibleAtBothWidthsAsync(page, path);
            await page.SetViewportSizeAsync(320, 900);
            var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-responsive') && e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' | ')");
            Assert.True(wide == "", path + " at 320 px: " + wide);
            await page.SetViewportSizeAsync(1280, 900);
        }
    }

    [Fact]
    public async Task Review_DifferentFollowUpWithoutReason_ErrorStatePassesAxeThenEndorsesToScreening()
    {
        var id = await BrowserIncidents.CreateAsync(app);
        var page = await app.SignedInPageAsync(Delegate);
        await page.GotoAsync($"/Endorsement/{id}");

        await page.GetByLabel("Root cause analysis (RCA) review").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Endorse report" }).ClickAsync();
        await Assertions.Expect(page.Locator("#RecommendationReason-error")).ToContainTextAsync("explain why");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Why you recommend a different follow-up").FillAsync("Third fall on this unit this year.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Endorse report" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("Department screening");
    }

    [Fact]
    public async Task Review_ReturnWithoutReason_ErrorStatePassesAxeAndFits()
    {
        var id = await BrowserIncidents.CreateAsync(app);
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await app.SignedInPageAsync(Delegate, width);
            await page.GotoAsync($"/Endorsement/{id}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Return to reporter" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Reason-error")).ToContainTextAsync("Enter the reason");
            await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
        }
    }

    [Fact]
    public async Task Endorse_KeyboardOnly_SubmitsAndShowsTheNumber()
    {
        var id = await BrowserIncidents.CreateAsync(app);
        var page = await app.SignedInPageAsync(Delegate);
        await page.GotoAsync("/Endorsement");

        await TabToAsync(page, $"a[href='/Endorsement/{id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/Endorsement/{id}");
        await TabToAsync(page, $"form[action='/Endorsement/{id}/Endorse'] button");
        await page.Keyboard.PressAsync("Space");

        await page.WaitForURLAsync($"**/Incidents/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The incident number is IRD-");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 150; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
                return;
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}.");
    }
}
