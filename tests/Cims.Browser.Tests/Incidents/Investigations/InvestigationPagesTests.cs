using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// Stage 3 in a browser, up to the endorsed plan: an E3 major physical abuse by a staff member (follow-up
/// "Investigation", by rule) is assigned by the delegate, the manager's plan is returned once, corrected and endorsed.
/// axe-core and the 320 px check run on every page the journey visits, error states included.
/// </summary>
public sealed class InvestigationPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Delegate = "delegate@agency-one.example";
    private const string Investigator = "investigator@agency-one.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task AssignPlanReturnCorrectEndorse_EveryPagePassesAxeAndTheHistoryShowsEachStep()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2026, 11, 23));
        var delegatePage = await app.SignedInPageAsync(Delegate);

        await delegatePage.GotoAsync($"/Incidents/{incidentId}");
        await delegatePage.GetByRole(AriaRole.Link, new() { Name = "Assign an investigation manager" }).ClickAsync();
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Assertions.Expect(delegatePage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the investigation manager.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);
        await delegatePage.GetByLabel("Investigation manager (if of your organisation)").SelectOptionAsync(new SelectOptionValue { Label = "Ian Investigator" });
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("[data-investigation-status]")).ToHaveTextAsync("Plan in preparation");
        var investigationUrl = new Uri(delegatePage.Url).AbsolutePath;
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);

        var manager = await app.SignedInPageAsync(Investigator);
        await manager.GotoAsync("/Investigations");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = await IncidentNumberAsync(delegatePage) }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Write the investigation plan" }).ClickAsync();
        await manager.GetByLabel("Position").FillAsync("Senior practitioner");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for endorsement" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the proposed methodology.");
        await Assertions.Expect(manager.GetByLabel("Position")).ToHaveValueAsync("Senior practitioner");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        await FillPlanAsync(manager, "Interview Jo and Pat Staff.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for endorsement" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-investigation-status]")).ToHaveTextAsync("Plan awaiting endorsement");

        await delegatePage.GotoAsync(investigationUrl);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Return to the manager" }).ClickAsync();
        await Assertions.Expect(delegatePage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the reason for returning the plan");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);
        await delegatePage.GetByLabel("Reason for returning the plan").FillAsync("Name the two staff on shift.");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Return to the manager" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("[data-investigation-status]")).ToHaveTextAsync("Plan in preparation");

        await manager.GotoAsync(investigationUrl + "/Plan");
        await Assertions.Expect(manager.GetByRole(AriaRole.Note)).ToContainTextAsync("Name the two staff on shift.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        await manager.GetByLabel("Proposed methodology").FillAsync("Interview Jo, Pat Staff, Kim Shift and Lee Shift.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for endorsement" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-investigation-status]")).ToHaveTextAsync("Plan awaiting endorsement");

        await delegatePage.GotoAsync(investigationUrl);
        await Assertions.Expect(delegatePage.Locator("[data-plan-methodology]")).ToContainTextAsync("Kim Shift");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Endorse the plan" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("[data-investigation-status]")).ToHaveTextAsync("Investigation in progress");

        await delegatePage.GotoAsync($"/Incidents/{incidentId}");
        await Assertions.Expect(delegatePage.Locator("[data-status]")).ToHaveTextAsync("Investigation in progress");
        var history = delegatePage.Locator("#investigation-history tbody tr");
        await Assertions.Expect(history).ToHaveCountAsync(5);
        var steps = await history.AllInnerTextsAsync();
        Assert.Equal(
            ["Assigned", "Plan submitted for endorsement", "Plan returned", "Plan submitted for endorsement", "Plan endorsed"],
            steps.Select(s => s.Split('\t')[0]).ToList());
        Assert.Contains(steps, s => s.StartsWith("Plan returned", StringComparison.Ordinal) && s.Contains("Dana Delegate") && s.Contains("Name the two staff on shift."));
        Assert.Contains(steps, s => s.StartsWith("Plan submitted", StringComparison.Ordinal) && s.Contains("Ian Investigator"));
        await PageChecks.AssertAccessibleAtBothWidthsAsync(delegatePage);
    }

    [Fact]
    public async Task Assign_KeyboardOnly_AssignsTheManager()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2026, 11, 23));
        var page = await app.SignedInPageAsync(Delegate);
        await page.GotoAsync($"/Incidents/{incidentId}/Investigation/Assign");

        await KeyboardUse.TabToAsync(page, "Investigation manager (if of your organisation)");
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardUse.TabToAsync(page, "Assign");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-manager]")).ToHaveTextAsync("Ian Investigator");
    }

    private static async Task FillPlanAsync(IPage page, string methodology)
    {
        await page.GetByLabel("Telephone").FillAsync("03 5550 1111");
        await FillDateAsync(page, "Investigation period: from", "24", "11", "2026");
        await FillDateAsync(page, "Investigation period: to", "18", "12", "2026");
        await page.GetByLabel("Incident details").FillAsync("Jo said a support worker pushed her in the lounge room.");
        await page.GetByLabel("Victoria Police response").FillAsync("Police were told (A-123).");
        await page.GetByLabel("Proposed methodology").FillAsync(methodology);
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }

    private static Task<string> IncidentNumberAsync(IPage page) => page.Locator("[data-incident-number]").InnerTextAsync();
}
