using System.Globalization;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Browser.Tests.PrivacyReport;

public sealed class DepartmentPrivacyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Staff = "staff@department.example";

    [Fact]
    public async Task QueueAndReport_BothWidthsAndErrorState_PassAxeWithoutSidewaysScroll()
    {
        var id = await SubmittedAsync(breach: true);
        await SubmittedAsync(breach: false);
        var page = await app.SignedInPageAsync(Staff);

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/Department/Privacy");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, "/Department/Privacy?Status=All&Oldest=true");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, $"/Department/Privacy/{id}");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, $"/Department/Privacy/{id}/ClientIncident");

        await page.GotoAsync($"/Department/Privacy/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close privacy incident" }).ClickAsync();
        await PageChecks.AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose the outcome of the assessment.", "Outcome");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task AssignToMeAndClose_KeyboardOnly_ClosesTheReport()
    {
        var id = await SubmittedAsync(breach: true);
        var page = await app.SignedInPageAsync(Staff);
        await page.GotoAsync($"/Department/Privacy/{id}");

        await KeyboardUse.TabToAsync(page, "Assign to me");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Under assessment");
        await KeyboardUse.TabToAsync(page, "Outcome");
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardUse.TabToAsync(page, "Reason");
        await page.Keyboard.TypeAsync("The letter was returned unopened.");
        await KeyboardUse.TabToAsync(page, "Close privacy incident");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(page.Locator("#outcome")).ToHaveTextAsync("Privacy breach confirmed");
        await Assertions.Expect(page.Locator("#assigned-to")).ToHaveTextAsync("Sam Staff");
    }

    /// <summary>A report submitted through the public form, straight into the browser app's database.</summary>
    private Task<int> SubmittedAsync(bool breach) => SubmittedAsync(app.Services, breach);

    internal static async Task<int> SubmittedAsync(IServiceProvider services, bool breach)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var org = await db.Organisations.Include(o => o.Areas).Include(o => o.ServiceTypes).SingleAsync(o => o.Name == DemoAccounts.AgencyOne);
        var typeId = org.ServiceTypes.Min(t => t.ServiceTypeId);
        var type = await db.ServiceTypes.SingleAsync(t => t.Id == typeId);
        var now = DateTimeOffset.UtcNow;
        var report = Report.Start(now);
        PrivacyReportFiller.Fill(report, new ServiceIds(org.Id, org.Areas.Min(a => a.AreaId), type.ProgramId, type.Id), null, 2, breach, now: now);
        db.PrivacyReports.Add(report);
        await db.SaveChangesAsync();
        Assert.False(report.Submit(string.Create(CultureInfo.InvariantCulture, $"PIR-{now.Year}-{report.Id:D6}"), now.AddDays(1), now).Failed);
        await db.SaveChangesAsync();
        return report.Id;
    }
}
