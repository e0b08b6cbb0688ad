using Cims.Browser.Tests.Incidents.Investigations;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.ActionRegister;

/// <summary>The action register for the delegate and for the department (with completion rates): axe-core and 320 px, the filter with the keyboard.</summary>
public sealed class ActionRegisterPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Register_DelegateAndDepartment_PassAxeAndTheOverdueFilterWorksWithTheKeyboard()
    {
        var id = await BrowserInvestigations.InProgressAsync(app.Services);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
            investigation.Recommend("Roster two staff on evening shifts.", "Operations manager", new DateOnly(2026, 1, 15), DateTimeOffset.UtcNow).MustSucceed();
            investigation.Recommend("Retrain the team in safe handling.", "Practice lead", new DateOnly(2099, 6, 30), DateTimeOffset.UtcNow).MustSucceed();
            await db.SaveChangesAsync();
        }

        var delegatePage = await app.SignedInPageAsync("delegate@agency-one.example");
        await delegatePage.GotoAsync("/Actions");
        await Assertions.Expect(delegatePage.Locator($"tr[data-action='{id}-1'] [data-overdue]")).ToHaveTextAsync("Overdue");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);
        await KeyboardUse.TabToAsync(delegatePage, "Show");
        await delegatePage.Keyboard.PressAsync("ArrowDown");
        await KeyboardUse.TabToAsync(delegatePage, "Show actions");
        await delegatePage.Keyboard.PressAsync("Enter");
        await Assertions.Expect(delegatePage.Locator("#actions-caption")).ToContainTextAsync("overdue");
        await Assertions.Expect(delegatePage.Locator($"tr[data-action='{id}-2']")).ToHaveCountAsync(0);

        var staff = await app.SignedInPageAsync("staff@department.example");
        await staff.GotoAsync("/Actions?view=All");
        await Assertions.Expect(staff.Locator("#completion-rates")).ToContainTextAsync("Agency One");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
    }
}
