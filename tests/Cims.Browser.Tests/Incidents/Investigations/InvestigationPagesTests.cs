using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// Stage 3 in a browser: an E3 major physical abuse by a staff member (follow-up "Investigation", by rule) is assigned by
/// the delegate; the manager's plan is returned once, corrected and endorsed; two allegations are decided (one
/// substantiated, one unable to determine) on an interview and a document, with a contributing factor and a
/// recommendation; the outcome is approved, returned once by the department with a new date, resubmitted and accepted.
/// axe-core runs on every page the journey visits (the 320 px check on the first of each kind).
/// </summary>
public sealed class InvestigationPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Delegate = "delegate@agency-one.example";
    private const string Investigator = "investigator@agency-one.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task AssignPlanInvestigateApproveReturnAccept_EveryPagePassesAxeAndTheHistoryShowsEachStep()
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

        await InvestigateAsync(manager, investigationUrl);
        await SubmitOutcomeAsync(manager, investigationUrl, "Pat Staff was stood down and the team retrained.");
        await delegatePage.GotoAsync(investigationUrl);
        await Accessibility.AssertNoViolationsAsync(delegatePage);
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Approve and submit to the department" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("[data-investigation-status]")).ToHaveTextAsync("Outcome submitted to the department");

        var department = await app.SignedInPageAsync("staff@department.example");
        await department.GotoAsync(investigationUrl);
        await Accessibility.AssertNoViolationsAsync(department);
        await department.GetByLabel("What more the investigation must do").FillAsync("Interview the two night staff.");
        await department.GetByRole(AriaRole.Button, new() { Name = "Return for more work" }).ClickAsync();
        await Assertions.Expect(department.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the new due date");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(department);
        await FillDateAsync(department, "New due date", "18", "12", "2099");
        await department.GetByRole(AriaRole.Button, new() { Name = "Return for more work" }).ClickAsync();
        await Assertions.Expect(department.Locator("[data-investigation-status]")).ToHaveTextAsync("Investigation in progress");
        await Assertions.Expect(department.Locator("[data-clock-due]")).ToContainTextAsync("18/12/2099");

        await manager.GotoAsync(investigationUrl);
        await Assertions.Expect(manager.GetByRole(AriaRole.Note)).ToContainTextAsync("Interview the two night staff.");
        await SubmitOutcomeAsync(manager, investigationUrl, "Stood down; both night staff interviewed; the team retrained.");
        await delegatePage.GotoAsync(investigationUrl);
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Approve and submit to the department" }).ClickAsync();
        await department.GotoAsync(investigationUrl);
        await department.GetByRole(AriaRole.Button, new() { Name = "Accept the outcome" }).ClickAsync();
        await Assertions.Expect(department.Locator("[data-investigation-status]")).ToHaveTextAsync("Outcome accepted by the department");

        await department.GotoAsync($"/Incidents/{incidentId}");
        await Assertions.Expect(department.Locator("[data-status]")).ToHaveTextAsync("Closed");
        var statuses = await department.Locator("#status-history tbody tr").AllInnerTextsAsync();
        Assert.Contains(statuses, s => s.Contains("Outcome awaiting approval") && s.Contains("Ian Investigator"));
        Assert.Contains(statuses, s => s.Contains("Outcome submitted to the department\tInvestigation in progress") && s.Contains("Sam Staff"));
        Assert.Contains(statuses, s => s.Contains("Closed") && s.Contains("Sam Staff"));
        var investigationSteps = (await department.Locator("#investigation-history tbody tr").AllInnerTextsAsync()).Select(s => s.Split('\t')[0]).ToList();
        Assert.Equal(
        [
            "Assigned", "Plan submitted for endorsement", "Plan returned", "Plan submitted for endorsement", "Plan endorsed",
            "Outcome submitted for approval", "Outcome approved and submitted to the department", "Returned by the department for more work",
            "Outcome submitted for approval", "Outcome approved and submitted to the department", "Outcome accepted by the department",
        ], investigationSteps);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(department);
    }

    /// <summary>Two allegations (one decided substantiated, one unable to determine), an interview and a document, a factor, a recommendation.</summary>
    private static async Task InvestigateAsync(IPage manager, string investigationUrl)
    {
        await manager.GotoAsync(investigationUrl + "/Allegations");
        await manager.GetByLabel("Client").FillAsync("Jo Citizen");
        await manager.GetByLabel("Subject of allegation").FillAsync("Pat Staff");
        await manager.GetByLabel("Incident type alleged").FillAsync("Neglect");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add the allegation" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#allegations tbody tr")).ToHaveCountAsync(2);
        await DecideAsync(manager, 1, "Substantiated", "Two staff saw the push; Pat admitted it.");
        await DecideAsync(manager, 2, "Unable to determine", "No record either way of the missed meals.");

        await manager.GotoAsync(investigationUrl + "/Evidence");
        await manager.GetByLabel("Interview", new() { Exact = true }).CheckAsync();
        await manager.GetByLabel("Person interviewed, or what the evidence is").FillAsync("Jo Citizen");
        await FillDateAsync(manager, "Date of the interview or of the evidence", "25", "11", "2026");
        await manager.GetByLabel("Interviewed by (for an interview)").FillAsync("Ian Investigator");
        await manager.GetByLabel("Summary", new() { Exact = true }).FillAsync("Jo described being pushed in the lounge room.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Log the evidence" }).ClickAsync();
        await manager.GetByLabel("Document", new() { Exact = true }).CheckAsync();
        await manager.GetByLabel("Person interviewed, or what the evidence is").FillAsync("Shift roster");
        await manager.GetByLabel("Summary", new() { Exact = true }).FillAsync("Pat was rostered alone that evening.");
        await manager.GetByLabel("File (optional)").SetInputFilesAsync(new FilePayload { Name = "roster.txt", MimeType = "text/plain", Buffer = "Roster: Pat Staff 15:00-23:00"u8.ToArray() });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Log the evidence" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#evidence tbody tr")).ToHaveCountAsync(2);

        await manager.GotoAsync(investigationUrl + "/Factors");
        await manager.GetByLabel("Staffing levels or rostering").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the contributing factors" }).ClickAsync();
        await manager.GotoAsync(investigationUrl + "/Recommendations");
        await manager.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Roster two staff on evening shifts.");
        await manager.GetByLabel("Owner").FillAsync("Operations manager");
        await FillDateAsync(manager, "Due date", "1", "3", "2027");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#recommendations")).ToContainTextAsync("Operations manager");
    }

    private static async Task DecideAsync(IPage manager, int number, string finding, string reasons)
    {
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Open allegation {number}" }).ClickAsync();
        await manager.GetByLabel(finding, new() { Exact = true }).CheckAsync();
        await manager.GetByLabel("Reasons for the finding").FillAsync(reasons);
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Save allegation {number}" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#allegations")).ToContainTextAsync(reasons);
    }

    private static async Task SubmitOutcomeAsync(IPage manager, string investigationUrl, string response)
    {
        await manager.GotoAsync(investigationUrl + "/Outcome");
        await Accessibility.AssertNoViolationsAsync(manager);
        await manager.GetByLabel("The organisation's response to the investigation").FillAsync(response);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save and submit for approval" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-investigation-status]")).ToHaveTextAsync("Outcome awaiting approval");
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
