using System.Collections.Concurrent;
using System.Net;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Serilog.Core;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// CIMS on a real Kestrel port over a SQLite file, with Debian's Chromium driven by Playwright (one browser for the
/// run, see <see cref="SharedChromium"/>). One per test class.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = DemoAccounts.DefaultPassword;

    private readonly string _folder = Directory.CreateTempSubdirectory("cims-browser-").FullName;
    private bool _testRunning;

    private readonly bool _fromSeededDatabase;

    /// <summary>The cookies of each sign-in <see cref="SignedInPageAsync"/> made, by e-mail address.</summary>
    private readonly ConcurrentDictionary<string, SignedIn> _signIns = new(StringComparer.OrdinalIgnoreCase);

    public BrowserApp()
        : this(fromSeededDatabase: true)
    {
    }

    /// <param name="fromSeededDatabase">Start on a copy of the run's seeded database (see <see cref="SeededDatabase"/>).</param>
    internal BrowserApp(bool fromSeededDatabase)
    {
        _fromSeededDatabase = fromSeededDatabase;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    internal string DatabaseFile => Path.Combine(_folder, "cims.db");

    /// <summary>Where the host writes the e-mails it sends (no SMTP server is set: the pickup folder).</summary>
    internal string MailFolder => Path.Combine(_folder, "mail");

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>CSP violations and script errors on the pages of the current test.</summary>
    public PolicyWatch Policy { get; } = new();

    /// <summary>Exceptions the server logged during the current test.</summary>
    public ServerErrors ServerErrors { get; } = new();

    internal void BeginTest() => _testRunning = true;

    internal async Task EndTestAsync()
    {
        _testRunning = false;
        await Policy.EndTestAsync();
        ServerErrors.AssertNone();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        if (_fromSeededDatabase)
            SeededDatabase.CopyTo(DatabaseFile);
        builder.UseSetting("ConnectionStrings:Cims", $"Data Source={DatabaseFile}");
        builder.UseSetting("Cims:DataFolder", _folder);
        builder.UseSetting("DataProtection:AllowUnencryptedKeys", "true");
        // Demo data in a non-Development host: configuration may not turn demo mode on there (DeploymentChecks), so the
        // test host sets the options directly, after the app's own settings.
        builder.ConfigureTestServices(services => services.PostConfigure<CimsOptions>(o => (o.SeedDemo, o.DemoPassword) = (true, Password)));
        builder.UseSetting("Cims:RequireTwoFactor", "false");
        builder.UseSetting("Cims:SecureCookies", "false"); // plain HTTP to a loopback host: cookies Secure only over HTTPS
        builder.UseSetting("Cims:LogToFile", "false");
        builder.UseSetting("Cims:MonthlyBatchEnabled", "false");
        builder.UseSetting("Cims:Analysis:SummaryJobEnabled", "false");
        builder.UseSetting("Cims:PublicFormRateLimit", "100000");
        builder.UseSetting("Cims:PrivacyDraftCleanupEnabled", "false");
        builder.UseSetting("Cims:RemindersEnabled", "false");
        builder.UseSetting("Api:Webhooks:Enabled", "false"); // nothing is delivered from the browser tests' hosts
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(ServerErrors);
            // Fewer PBKDF2 iterations than production (the count is stored in each hash): seeding and every sign-in
            // cost a few milliseconds instead of ~50 ms each of a shared CPU.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            ConfigureServices(services);
        });
    }

    /// <summary>Replaces services for a test host of a particular kind (for example its clock).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Browser = await SharedChromium.BrowserAsync();
    }

    /// <summary>A fresh browser context (its own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        if (!_testRunning)
            throw new InvalidOperationException("Open pages from a test class that implements IBrowserTest, so the test checks them for policy violations.");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-AU",
            TimezoneId = "Australia/Melbourne",
            AcceptDownloads = true,
        });
        // Generous waits: CI has two cores shared by many browser test classes and password hashing.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        await Policy.WatchAsync(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh browser context signed in as <paramref name="email"/>, on the home page. The first time in a host it signs
    /// in with the form; after that it gives the new context the cookies that sign-in set, as long as the sign-in would
    /// still give the same cookie (see <see cref="SessionFingerprintAsync"/>), and opens the home page. Tests of
    /// signing in itself use <see cref="FormSignedInPageAsync"/> or <see cref="SignInAsync"/>.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1280)
    {
        var page = await NewPageAsync(width);
        var fingerprint = ReusesSignIns ? await SessionFingerprintAsync(email) : null;
        if (fingerprint is not null && _signIns.TryGetValue(email, out var signIn) && signIn.Fingerprint == fingerprint)
        {
            await page.Context.AddCookiesAsync(signIn.Cookies);
            await page.GotoAsync("/");
            return page;
        }

        await SignInWithTheFormAsync(page, email);
        if (fingerprint is not null)
        {
            var cookies = (await page.Context.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
            {
                Name = c.Name,
                Value = c.Value,
                Domain = c.Domain,
                Path = c.Path,
                Expires = c.Expires,
                HttpOnly = c.HttpOnly,
                Secure = c.Secure,
                SameSite = c.SameSite,
            });
            _signIns[email] = new SignedIn([.. cookies], fingerprint);
        }

        return page;
    }

    /// <summary>A fresh browser context signed in as <paramref name="email"/> with the sign-in form, on the home page.</summary>
    public async Task<IPage> FormSignedInPageAsync(string email, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await SignInWithTheFormAsync(page, email);
        return page;
    }

    private static async Task SignInWithTheFormAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await SignInAsync(page, email);
    }

    /// <summary>Whether <see cref="SignedInPageAsync"/> may reuse a sign-in's cookies. A host whose clock tests move signs in every time.</summary>
    protected virtual bool ReusesSignIns => true;

    private sealed record SignedIn(IReadOnlyList<Microsoft.Playwright.Cookie> Cookies, string Fingerprint);

    /// <summary>
    /// What a sign-in as <paramref name="email"/> would put in its cookie now (the security stamp and every claim), or
    /// null when the form must be used: no such user, or one the sign-in would refuse, lock out, ask for a code or
    /// change (a failed attempt to reset).
    /// </summary>
    private async Task<string?> SessionFingerprintAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var signIns = scope.ServiceProvider.GetRequiredService<SignInManager<CimsUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.TwoFactorEnabled || user.AccessFailedCount > 0
            || await users.IsLockedOutAsync(user) || !await signIns.CanSignInAsync(user))
            return null;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CimsUser>>().CreateAsync(user);
        var claims = principal.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal);
        return string.Join("\n", [user.SecurityStamp, .. claims]);
    }

    /// <summary>
    /// Fills the sign-in form the page shows, waits to leave it and checks where it lands: the page the form returns to
    /// (its ReturnUrl) or the home page. A refused sign-in, the lockout page or the code step fails the test.
    /// </summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        var returnUrl = await page.Locator("input[name=ReturnUrl]").InputValueAsync();
        var landing = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl;
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // Waits for the next page's DOM, not for "commit": when the click's navigation has already committed by the time
            // this runs (a busy machine), Playwright sees the URL matches and waits for a "commit" load state that never
            // comes again, so the wait timed out on a page that had signed in.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            // Say what the page showed instead of leaving the sign-in page (a message, a 400, a 429…).
            var shown = await page.EvaluateAsync<string>("() => document.title + ' | ' + (document.querySelector('main')?.innerText ?? '').slice(0, 300)");
            throw new TimeoutException($"Signing in as {email} did not leave the sign-in page ({page.Url}): {shown}");
        }

        var landed = Uri.UnescapeDataString(new Uri(page.Url).PathAndQuery);
        if (landed != Uri.UnescapeDataString(landing))
            throw new InvalidOperationException($"Signing in as {email} landed on {landed}, not {landing}.");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
