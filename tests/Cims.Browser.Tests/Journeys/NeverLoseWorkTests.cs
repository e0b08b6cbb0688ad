using System.Text.RegularExpressions;
using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>"Never lose work" as a browser shows it: one report per double click, typed text kept over a session that ended, and cleared by signing out.</summary>
public sealed class NeverLoseWorkTests(JourneyApp app) : IClassFixture<JourneyApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Reporter = "reporter@agency-one.example";

    /// <summary>
    /// Counts the submit events the page lets through and notes, just after the first, whether the button is disabled;
    /// kept in session storage so the test reads them on the next page.
    /// </summary>
    private const string WatchSubmits = """
        () => {
            const button = document.querySelector('button[data-submit-once]');
            button.form.addEventListener('submit', event => {
                if (event.defaultPrevented) return;
                sessionStorage.setItem('journey:submits', String(Number(sessionStorage.getItem('journey:submits') || 0) + 1));
                setTimeout(() => sessionStorage.setItem('journey:disabled', String(button.disabled)), 50);
            });
        }
        """;

    private readonly AxeOnce _axe = new();

    [Fact]
    public async Task Submit_DoubleClicked_ButtonDisabledAndOneReport()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var form = await FormUpToAsync(page, toDeclaration: true);
        var posts = 0;
        await page.RouteAsync($"**/Incidents/Report/{form.Id}/Declaration", async route =>
        {
            if (route.Request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
                await Task.Delay(500); // Keeps the page open long enough to see the button disabled.
            }

            await route.ContinueAsync();
        });
        await page.EvaluateAsync(WatchSubmits);

        await page.GetByLabel("I declare the information is true and correct").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for endorsement" }).DblClickAsync();
        await page.WaitForURLAsync($"**/Incidents/Report/{form.Id}/Submitted");

        Assert.Equal("true", await page.EvaluateAsync<string?>("() => sessionStorage.getItem('journey:disabled')"));
        Assert.Equal("1", await page.EvaluateAsync<string?>("() => sessionStorage.getItem('journey:submits')"));
        Assert.Equal(1, posts);
        await page.GotoAsync($"/Incidents/{form.Id}");
        await Expect(page.Locator("#status-history tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#status-history tbody tr")).ToContainTextAsync("Awaiting endorsement");
    }

    [Fact]
    public async Task SignOut_AfterTypingOnAStep_ClearsWhatThisTabKept()
    {
        var page = await app.SignedInPageAsync(Reporter);
        await FormUpToAsync(page, toDeclaration: false);
        await page.GetByLabel("Description of the incident").FillAsync("Typed about a client, not saved.");
        Assert.True(await KeptInTabAsync(page) > 0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You have signed out.");

        Assert.Equal(0, await KeptInTabAsync(page));
    }

    private static Task<int> KeptInTabAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('cims-draft:')).length");

    [Fact]
    public async Task SignedOutWhileTyping_SignInAgain_SameStepWithTextRestored()
    {
        var page = await app.SignedInPageAsync(Reporter);
        var form = await FormUpToAsync(page, toDeclaration: false);
        const string location = "Back garden of the respite house";
        const string description = "Typed but not saved: the client tripped on the garden hose and grazed a knee.";
        await page.GetByLabel("Location of the incident").FillAsync(location);
        await page.GetByLabel("Description of the incident").FillAsync(description);
        await page.GetByLabel("Non-major impact", new() { Exact = true }).CheckAsync();

        var auth = (await page.Context.CookiesAsync()).Where(c => c.Name.StartsWith("cims.auth", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(auth);
        foreach (var cookie in auth)
            await page.Context.ClearCookiesAsync(new() { Name = cookie.Name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Account/Login"));

        await JourneyApp.SignInAsync(page, Reporter);
        await page.WaitForURLAsync($"**/Incidents/Report/{form.Id}/Description");
        await Expect(page.GetByLabel("Location of the incident")).ToHaveValueAsync(location);
        await Expect(page.GetByLabel("Description of the incident")).ToHaveValueAsync(description);
        await Expect(page.GetByLabel("Non-major impact", new() { Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>A new report filled to the Description step, or completely and up to the Declaration.</summary>
    private async Task<ReportFormDriver> FormUpToAsync(IPage page, bool toDeclaration)
    {
        var form = new ReportFormDriver(page, _axe);
        await form.StartAsync();
        await form.ServiceAsync();
        await form.OfficerAsync();
        await form.DatesAsync("09:15");
        if (!toDeclaration)
            return form;
        await form.DescriptionAsync(false, "Dining room", "The client slipped on a wet floor.");
        await form.AddClientAsync(new JourneyClient("Jo", "Citizen", "100555", "01/01/1980", false, "Bruised elbow"));
        await form.ClientsDoneAsync();
        await form.OthersDoneAsync();
        await form.ActionsAsync(policeReference: null);
        return form;
    }
}
