using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// One Playwright driver and one Chromium for the whole run, launched by the first test host that needs it and closed
/// when the run ends. Starting the driver and the browser cost each test class a few seconds of a shared CPU; tests stay
/// apart all the same, as each opens its own browser contexts (cookies, storage, cache), which close with the test.
/// </summary>
internal static class SharedChromium
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Launched = new(LaunchAsync);

    /// <summary>
    /// Debian's headless shell when it is installed (the test command installs it): the browser without its window
    /// system, as Playwright runs headless Chromium by default, at a fraction of the full browser's processor time.
    /// </summary>
    private static string Executable =>
        File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium";

    public static async Task<IBrowser> BrowserAsync() => (await Launched.Value).Browser;

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        // Expectations wait as long as a busy two-core machine needs (the default is 5 s; actions and navigations wait 60 s).
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // No --disable-dev-shm-usage: Debian's wrapper adds it when /dev/shm is small, and otherwise /dev/shm (memory)
            // is faster than its replacement, /tmp, which is on disk here.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Close(playwright, browser);
        return (playwright, browser);
    }

    private static void Close(IPlaywright playwright, IBrowser browser)
    {
        // Bounded: the driver exits with this process anyway, and takes the browser with it.
        try
        {
            Task.Run(async () =>
            {
                await browser.CloseAsync();
                playwright.Dispose();
            }).Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Already gone.
        }
    }
}
