using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests;

/// <summary>The browser tests' host whose SQLite database refuses every write while <see cref="Disk"/> says it is full.</summary>
public sealed class DiskFullBrowserApp : BrowserApp
{
    public DiskFullInterceptor Disk { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteCimsDbContext>(o => o.AddInterceptors(Disk));
}

/// <summary>
/// The page CIMS answers with 503 when its database cannot store a write (ADR 0040, 0051): it passes axe-core at 1280
/// and 320 px under the strict CSP, says what happened, and the browser's Back button returns to the form, which works
/// once the database can store again.
/// </summary>
public sealed class UnavailablePageTests(DiskFullBrowserApp app) : IClassFixture<DiskFullBrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task StorageFull_PostAnswersTheUnavailablePage_AccessibleAndBackToTheFormAfterwards()
    {
        var page = await app.NewPageAsync(width: 320);
        await page.GotoAsync("/PrivacyReport");

        app.Disk.Full = true;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UnavailablePage.Heading);
        }
        finally
        {
            app.Disk.Full = false;
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(UnavailablePage.StorageFull);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(UnavailablePage.NotSaved);
        await AssertAccessibleAtBothWidthsAsync(page);
        var logged = app.ServerErrors.Take();
        Assert.NotEmpty(logged);
        Assert.All(logged, e => Assert.Contains("full", e, StringComparison.OrdinalIgnoreCase));

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");
    }
}
