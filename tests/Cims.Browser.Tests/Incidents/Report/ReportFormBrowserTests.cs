using System.Text.RegularExpressions;
using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Report;

public sealed partial class ReportFormBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Reporter = "reporter@agency-one.example";

    private static readonly string[] Steps =
        ["Service", "Officer", "Dates", "Description", "Clients", "Clients/Add", "Others", "Others/Add", "Actions", "Declaration"];

    [Fact]
    public async Task EveryStep_Desktop_PassesAxe()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var id = await StartAsync(page);

        foreach (var path in new[] { "/Incidents/Report/Start", "/Incidents/Report/NotInScope", "/Incidents/Drafts" }.Concat(Steps.Select(s => Url(id, s))))
        {
            await page.GotoAsync(path);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    [Fact]
    public async Task EveryStep_320px_NoSidewaysScroll()
    {
        var page = await app.SignedInPageAsync(Reporter, 320);
        var id = await StartAsync(page);

        foreach (var path in new[] { "/Incidents/Report/Start", "/Incidents/Drafts" }.Concat(Steps.Select(s => Url(id, s))))
        {
            await page.GotoAsync(path);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
        }
    }

    [Fact]
    public async Task OfficerStep_ErrorState_PassesAxe()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var id = await StartAsync(page);
        await page.GotoAsync(Url(id, "Officer"));

        await page.GetByLabel("Telephone").FillAsync("03 5550 1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Telephone-error")).ToContainTextAsync("digits only");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(Url(id, "Clients"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Clients-error")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ServiceStep_ChoosingProgram_OffersOnlyItsServiceTypes()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var id = await StartAsync(page);
        await page.GotoAsync(Url(id, "Service"));

        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Disability services" });

        var groups = await page.Locator("#ServiceTypeId optgroup").EvaluateAllAsync<string[]>("gs => gs.map(g => g.label)");
        Assert.Equal(["Disability services"], groups);
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Housing and community building services" });
        groups = await page.Locator("#ServiceTypeId optgroup").EvaluateAllAsync<string[]>("gs => gs.map(g => g.label)");
        Assert.Equal(["Housing and community building services"], groups);
    }

    [Fact]
    public async Task DescriptionStep_Typing_UpdatesLiveCount()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var id = await StartAsync(page);
        await page.GotoAsync(Url(id, "Description"));

        await page.GetByLabel("Description of the incident").FillAsync("Twelve chars");

        await Assertions.Expect(page.Locator("#Description-count")).ToHaveTextAsync("You have 4988 characters left of 5000.");
        Assert.Equal("polite", await page.Locator("#Description-count").GetAttributeAsync("aria-live"));
    }

    [Fact]
    public async Task DescriptionStep_FieldHelpByKeyboard_OpensAndClosesAndPassesAxeAt320()
    {
        var page = await app.SignedInPageAsync(Reporter, 320);
        var id = await StartAsync(page);
        await page.GotoAsync(Url(id, "Description"));
        var impact = page.Locator("details[data-help='incident.impact']");
        var summary = impact.Locator("summary");
        await Assertions.Expect(impact.GetByText("trips in the lounge room", new() { Exact = false })).ToBeHiddenAsync();

        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(impact).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(impact.GetByText("trips in the lounge room", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(impact).Not.ToHaveAttributeAsync("open", "");
    }

    private static string Url(int id, string step) => $"/Incidents/Report/{id}/{step}";

    private static async Task<int> StartAsync(IPage page)
    {
        await page.GotoAsync("/Incidents/Report/Start");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(StepUrl());
        return int.Parse(StepUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/Incidents/Report/(\d+)/Service")]
    private static partial Regex StepUrl();
}
