using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>
/// Puts a browser page's privacy draft at a stage: presses Proceed in the browser (so it holds the real
/// cookie), then fills the earlier stages through the domain and opens the stage.
/// </summary>
public static class PrivacyBrowserDrafts
{
    public static async Task<int> AtStageAsync(Infrastructure.BrowserApp app, IPage page, PrivacyStage stage, int people = 1)
    {
        var id = await FillAsync(app, page, stage, people);
        await page.GotoAsync(PrivacyStages.Of(stage).Url);
        return id;
    }

    /// <summary>Every stage complete: the page is on the Declaration.</summary>
    public static async Task<int> ReadyToDeclareAsync(Infrastructure.BrowserApp app, IPage page, int people = 1)
    {
        var id = await FillAsync(app, page, null, people);
        await page.GotoAsync(PrivacyStages.Declaration);
        return id;
    }

    private static async Task<int> FillAsync(Infrastructure.BrowserApp app, IPage page, PrivacyStage? stage, int people)
    {
        await page.GotoAsync("/PrivacyReport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");
        var token = (await page.Context.CookiesAsync()).Single(c => c.Name == PrivacyDraftCookie.Name).Value;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var service = await ServiceIds.OfAsync(db, DemoAccounts.AgencyOne);
        var report = await db.PrivacyReports.SingleAsync(r => r.Token == token);
        PrivacyReportFiller.Fill(report, service, stage, people);
        await db.SaveChangesAsync();
        return report.Id;
    }
}
