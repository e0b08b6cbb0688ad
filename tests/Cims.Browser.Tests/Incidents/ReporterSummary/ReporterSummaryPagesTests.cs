using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.ReporterSummary;

/// <summary>
/// The delegate sends the reporter of a closed incident its outcome summary: the incident page with its progress steps,
/// the form's error state, the preview and the sent summary; axe-core and 320 px on each state.
/// </summary>
public sealed class ReporterSummaryPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task ReporterSummary_EmptyThenPreviewedThenSent_ShownOnTheIncidentPage()
    {
        var incidentId = await ClosedAsync();
        var page = await app.SignedInPageAsync("delegate@agency-one.example");
        await page.GotoAsync($"/Incidents/{incidentId}");
        await Assertions.Expect(page.Locator("#progress li[aria-current=step]")).ToContainTextAsync("Closed");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Send the outcome summary to the reporter" }).ClickAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the reporter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the outcome summary for the reporter.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Outcome summary").FillAsync("The matter was looked into and the client's support plan was updated.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#summary-preview")).ToContainTextAsync("support plan was updated");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await KeyboardUse.TabToAsync(page, "Send to the reporter");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("The outcome summary was sent to the reporter.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#reporter-summary")).ToContainTextAsync("support plan was updated");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }

    private async Task<int> ClosedAsync()
    {
        var id = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2026, 11, 23));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == id);
        incident.Close(new Actor("builder", "Test Builder"), "No further action needed.", DateTimeOffset.UtcNow).MustSucceed();
        await db.SaveChangesAsync();
        return id;
    }
}
