using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Department;

public sealed class DepartmentIncidentPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private static readonly DateOnly E1Day = new(2019, 3, 4);

    [Theory]
    [InlineData("/Department/Incidents")]
    [InlineData("/Department/Incidents?NeedsScreening=true&Impact=Major&From=01/11/2026&To=30/11/2026")]
    [InlineData("/Department/Incidents?From=32/11/2026&To=01/01/2026")]
    public async Task List_FiltersAndErrorState_PassAxeAndFit320(string path)
    {
        await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2026, 11, 23), "reporter@agency-two.example");
        var page = await app.SignedInPageAsync("staff@department.example");

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task Screen_PageAndErrorState_PassAxeAndFit320()
    {
        var id = await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        var page = await app.SignedInPageAsync("staff@department.example");
        await page.GotoAsync($"/Department/Incidents/{id}/Screen");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Case review", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task Screen_KeyboardOnly_RecordsTheSuggestedFollowUp()
    {
        var id = await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        var page = await app.SignedInPageAsync("staff@department.example");
        await page.GotoAsync($"/Department/Incidents/{id}/Screen");

        await TabToAsync(page, "input[name=FollowUp]");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "button[type=submit].btn-primary");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.EndsWith("/Department/Incidents", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Follow-up determined: Investigation, due ");
    }

    /// <summary>Presses Tab until the focused element matches the selector.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }

        Assert.Fail($"Tab never reached {selector}.");
    }
}
