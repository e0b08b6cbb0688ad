using Cims.Browser.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Account;

/// <summary>
/// The warning before the session ends (WCAG 2.2.1), on a host whose session lasts 30 seconds idle with the warning
/// 25 seconds before: the page warns 5 seconds after loading. The server's clock is a fake the test moves, so the
/// session's end on the server takes no waiting.
/// </summary>
public sealed class SessionWarningTests(SessionWarningApp app) : IClassFixture<SessionWarningApp>, IBrowserTest
{
    private const string Reporter = "reporter@agency-one.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Warning_BeforeIdleEnd_IsFocusedAccessibleAndStaySignedInKeepsSession()
    {
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync("/Incidents");
        app.Clock.Advance(TimeSpan.FromSeconds(20)); // 10 seconds left on the server when the page asks

        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Your session is ending" });
        await Assertions.Expect(warning).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(warning).ToContainTextAsync("You will be signed out in 25 seconds because you have been inactive.");
        Assert.Equal("Stay signed in", await KeyboardUse.FocusedNameAsync(page));
        await AssertAccessibleAtBothWidthsAsync(page);

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(warning).ToBeHiddenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(20)); // past the end the session had before "Stay signed in"
        await page.GotoAsync("/Incidents");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Incidents$"));
    }

    [Fact]
    public async Task Warning_AfterSessionEnded_SaysSoAndOffersSignInKeepingThePage()
    {
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync("/Incidents");
        app.Clock.Advance(TimeSpan.FromSeconds(31));

        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Your session is ending" });
        await Assertions.Expect(warning).ToContainTextAsync("You have been signed out.", new() { Timeout = 20_000 });
        Assert.Equal("Sign in again (opens a new tab)", await KeyboardUse.FocusedNameAsync(page));
        await Assertions.Expect(warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeHiddenAsync();
        await AssertAccessibleAtBothWidthsAsync(page);

        await warning.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(warning).ToBeHiddenAsync();
    }

    [Fact]
    public async Task FormTypedBeforeSessionEnded_SignInAgainInNewTab_SendsWhatWasTyped()
    {
        var page = await app.SignedInPageAsync(PageChecks.CimsAdmin);
        await page.GotoAsync("/Holidays/Add");
        await page.GetByLabel("Date").FillAsync("14/10/2026");
        await page.GetByLabel("Name").FillAsync("Session test holiday");
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Your session is ending" });
        await Assertions.Expect(warning).ToContainTextAsync("You have been signed out.", new() { Timeout = 20_000 });

        var signIn = await page.RunAndWaitForPopupAsync(() => warning.GetByRole(AriaRole.Link, new() { Name = "Sign in again (opens a new tab)" }).ClickAsync());
        await BrowserApp.SignInAsync(signIn, PageChecks.CimsAdmin);
        await signIn.CloseAsync();
        await warning.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add holiday" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Session test holiday");
    }

    [Fact]
    public async Task FormSentAfterSessionEnded_SignInAgain_ShowsWhatWasTypedAndSendsIt()
    {
        var page = await app.SignedInPageAsync(PageChecks.CimsAdmin);
        await page.GotoAsync("/Holidays/Add");
        await page.GetByLabel("Date").FillAsync("15/10/2026");
        await page.GetByLabel("Name").FillAsync("Kept form holiday");
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Your session is ending" });
        await Assertions.Expect(warning).ToContainTextAsync("You have been signed out.", new() { Timeout = 20_000 });
        await warning.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add holiday" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("CIMS has kept what you typed");
        await BrowserApp.SignInAsync(page, PageChecks.CimsAdmin);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Send what you typed");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "What you typed" })).ToContainTextAsync("Kept form holiday");
        await AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send it" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Kept form holiday");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Holidays"));
    }
}

public sealed class SessionWarningApp : BrowserApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected override bool ReusesSignIns => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cims:Session:IdleMinutes", "0.5");
        builder.UseSetting("Cims:Session:WarningSeconds", "25");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}
