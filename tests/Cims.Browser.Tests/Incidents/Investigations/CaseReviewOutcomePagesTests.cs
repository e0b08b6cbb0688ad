using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// An E1 incident screened by the department to "Investigation outcome and case review": the delegate assigns the
/// investigator, the manager writes the outcome with the combined template's sections (error state first), and the
/// outcome report shows them, on the page and in its PDF. axe-core runs on every page it visits.
/// </summary>
public sealed class CaseReviewOutcomePagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private static readonly DateOnly E1Day = new(2019, 3, 4);

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task ScreenedToCaseReview_OutcomeReportHasTheTemplateSectionsOnThePageAndInThePdf()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        var staff = await app.SignedInPageAsync("staff@department.example");
        await staff.GotoAsync($"/Department/Incidents/{incidentId}/Screen");
        await staff.GetByLabel("Investigation outcome and case review").CheckAsync();
        await staff.GetByLabel("Note").FillAsync("Second incident for this client this year: review the case as well.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Follow-up determined: Investigation outcome and case review");

        var delegatePage = await app.SignedInPageAsync("delegate@agency-one.example");
        await delegatePage.GotoAsync($"/Incidents/{incidentId}/Investigation/Assign");
        await Accessibility.AssertNoViolationsAsync(delegatePage);
        await delegatePage.GetByLabel("Investigation manager (if of your organisation)").SelectOptionAsync(new SelectOptionValue { Label = "Ian Investigator" });
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("[data-manager]")).ToHaveTextAsync("Ian Investigator");
        var investigationId = await InvestigationIdAsync(incidentId);
        await BrowserInvestigations.EndorsePlanAsync(app.Services, investigationId, decided: true);

        var manager = await app.SignedInPageAsync(BrowserInvestigations.Investigator);
        await manager.GotoAsync($"/Investigations/{investigationId}/Outcome");
        await Assertions.Expect(manager.GetByLabel("Rationale for the case review")).ToBeVisibleAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for approval" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        await manager.GetByLabel("Rationale for the case review").FillAsync("Jo's second incident this year: the case plan needs review.");
        await manager.GetByLabel("Communication strategy").FillAsync("Jo and her guardian told in person by the team leader.");
        await manager.GetByLabel("Incident response plan").FillAsync("Two staff on evening shifts from 1 December.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for approval" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-investigation-status]")).ToHaveTextAsync("Outcome awaiting approval");

        await manager.GotoAsync($"/Investigations/{investigationId}/Report");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Investigation outcome report (investigation outcome and case review)");
        var headings = await manager.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(
        [
            "1. Incident reference number", "2. Service provider details", "3. Incident details", "4. Allegations, findings and outcomes",
            "5. Rationale for the review", "6. Communication strategy", "7. Incident response plan", "Approval",
        ], headings.Select(h => h.Trim()).Take(8).ToList());
        await Assertions.Expect(manager.Locator("[data-report-rationale]")).ToHaveTextAsync("Jo's second incident this year: the case plan needs review.");
        await Assertions.Expect(manager.Locator("#report-clients")).ToContainTextAsync("Jo Citizen");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);

        var text = await DownloadTextAsync(manager);
        foreach (var expected in new[]
        {
            "Investigation outcome report", "Investigation outcome and case review", "Rationale for the review", "the case plan needs review",
            "Communication strategy", "told in person by the team leader", "Incident response plan", "Two staff on evening shifts", "Substantiated",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    private async Task<int> InvestigationIdAsync(int incidentId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CimsDbContext>().Investigations
            .Where(i => i.IncidentId == incidentId).Select(i => i.Id).SingleAsync();
    }

    private static async Task<string> DownloadTextAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the report (PDF)" }).ClickAsync());
        Assert.EndsWith("-outcome-report.pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"cims-outcome-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            return await PdfText.ReadAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
