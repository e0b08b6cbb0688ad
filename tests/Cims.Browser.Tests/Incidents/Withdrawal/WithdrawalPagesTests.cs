using Cims.Browser.Tests.Incidents.Investigations;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Withdrawal;

/// <summary>The delegate withdraws an incident under investigation: the error state first, then the reason; axe-core and 320 px on each state.</summary>
public sealed class WithdrawalPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Withdraw_EmptyThenWithReason_WithdrawsTheIncidentAndItsInvestigation()
    {
        var investigationId = await BrowserInvestigations.InProgressAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var incidentId = await scope.ServiceProvider.GetRequiredService<CimsDbContext>().Investigations
            .Where(i => i.Id == investigationId).Select(i => i.IncidentId).SingleAsync();
        var page = await app.SignedInPageAsync("delegate@agency-one.example");
        await page.GotoAsync($"/Incidents/{incidentId}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(page.Locator("#withdraw-investigation")).ToContainTextAsync("Ian Investigator");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the incident" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the reason for withdrawing the incident.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Reason for withdrawing").FillAsync("Reported twice: the same event is already under investigation.");
        await KeyboardUse.TabToAsync(page, "Withdraw the incident");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("The incident was withdrawn.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#investigation-history")).ToContainTextAsync("Reported twice");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }
}
