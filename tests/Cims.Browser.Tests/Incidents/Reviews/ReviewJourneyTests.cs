using System.Globalization;
using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Reviews;

/// <summary>
/// Reviews walked through the browser by the delegate, the review manager and department staff: an RCA review from
/// assignment to the department's acceptance with its actions tracked in both registers, and case reviews under E2
/// (submitted to the department) and E1 (kept in the organisation's register). axe-core runs on the pages they use.
/// </summary>
public sealed class ReviewJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Delegate = "delegate@agency-one.example";
    private const string Manager = "investigator@agency-one.example";
    private const string Staff = "staff@department.example";
    private static readonly DateOnly E1Day = new(2019, 3, 4);
    private static readonly DateOnly E2Day = new(2021, 6, 7);

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task RcaReview_AssignedWrittenApprovedAndAccepted_OneActionDoneTheOtherOverdueInBothRegisters()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        await ReviewSeeds.DetermineAsync(app.Services, incidentId, FollowUpAction.RcaReview);
        var reviewId = await AssignAsync(incidentId, joint: false);

        var manager = await app.SignedInPageAsync(Manager);
        await manager.GotoAsync($"/Reviews/{reviewId}/Report");
        await manager.GetByLabel("Review team").FillAsync("Ian Investigator, the practice lead and a nurse.");
        await manager.GetByLabel("Findings (RCA report)").FillAsync("Falls follow transfers done by one worker alone.");
        await ClickAsync(manager, "Save the report");
        await manager.GotoAsync($"/Reviews/{reviewId}/Timeline");
        await FillDateAsync(manager, "Date of the event", new DateOnly(2019, 3, 3));
        await manager.GetByLabel("Time (optional)").FillAsync("19:40");
        await manager.GetByLabel("What happened").FillAsync("Jo was transferred to bed by one worker.");
        await ClickAsync(manager, "Add the event");
        await manager.GotoAsync($"/Reviews/{reviewId}/RootCauses");
        foreach (var cause in new[] { "The roster leaves one worker on evenings.", "Transfer training lapsed for casual staff." })
        {
            await manager.GetByLabel("Root cause", new() { Exact = true }).FillAsync(cause);
            await ClickAsync(manager, "Add the root cause");
        }

        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await AddActionAsync(manager, reviewId, "Roster two workers on evenings.", "Operations manager", today.AddMonths(2));
        await AddActionAsync(manager, reviewId, "Retrain casual staff in transfers.", "Practice lead", today.AddDays(-7));
        await manager.GotoAsync($"/Reviews/{reviewId}");
        await ClickAsync(manager, "Submit for approval");
        await Assertions.Expect(manager.Locator("[data-review-status]")).ToHaveTextAsync("Review awaiting approval");

        var approver = await app.SignedInPageAsync(Delegate);
        await approver.GotoAsync($"/Reviews/{reviewId}");
        await Assertions.Expect(approver.Locator("#root-causes li")).ToHaveCountAsync(2);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(approver);
        await ClickAsync(approver, "Approve and submit to the department");
        await Assertions.Expect(approver.Locator("[data-review-status]")).ToHaveTextAsync("Review submitted to the department");

        var staff = await app.SignedInPageAsync(Staff);
        await staff.GotoAsync($"/Reviews/{reviewId}");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await ClickAsync(staff, "Accept the review");
        await Assertions.Expect(staff.Locator("[data-review-status]")).ToHaveTextAsync("Review accepted by the department");
        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(incidentId));

        await manager.GotoAsync($"/Reviews/{reviewId}/Actions/1");
        await manager.GetByLabel("Done", new() { Exact = true }).CheckAsync();
        await manager.GetByLabel("Note or evidence of completion").FillAsync("Roster from 1 March shows two workers every evening.");
        await ClickAsync(manager, "Save action 1");

        await approver.GotoAsync("/Actions?view=All");
        await AssertActionRowsAsync(approver);
        await staff.GotoAsync("/Actions?view=All");
        await AssertActionRowsAsync(staff);
        await Assertions.Expect(staff.Locator("#completion-rates")).ToContainTextAsync("Agency One");
    }

    [Fact]
    public async Task CaseReviews_UnderE2SubmittedToTheDepartment_UnderE1KeptInTheOrganisationsRegister()
    {
        var e2 = await BrowserIncidents.SubmittedAsync(app.Services, E2Day, endorse: false);
        await ReviewSeeds.DetermineAsync(app.Services, e2, FollowUpAction.CaseReview);
        var e2Review = await AssignAsync(e2, joint: true);

        var manager = await app.SignedInPageAsync(Manager);
        await manager.GotoAsync($"/Reviews/{e2Review}/Report");
        await FillDateAsync(manager, "Review period: from", new DateOnly(2021, 3, 1));
        await FillDateAsync(manager, "Review period: to", new DateOnly(2021, 6, 6));
        foreach (var (label, text) in new[]
        {
            ("Incident details", "Jo was pushed in the lounge room."), ("Defining the problem", "Why staff worked alone on evenings."),
            ("Rationale", "Jo's second incident this year."), ("Methodology", "Case notes and rosters for three months."),
            ("Interviews", "Jo, her guardian and two staff."), ("Documentary and other evidence", "Rosters, case notes, the incident report."),
            ("Assessment and key issues", "Rostering left one worker alone with a client who needs two."),
        })
        {
            await manager.GetByLabel(label, new() { Exact = true }).FillAsync(text);
        }

        await ClickAsync(manager, "Save the report");
        await AddActionAsync(manager, e2Review, "Roster two workers for Jo's evening care.", "Team leader", new DateOnly(2021, 8, 1));
        await manager.GotoAsync($"/Reviews/{e2Review}");
        await ClickAsync(manager, "Submit for approval");
        var approver = await app.SignedInPageAsync(Delegate);
        await approver.GotoAsync($"/Reviews/{e2Review}");
        await ClickAsync(approver, "Approve and submit to the department");
        await Assertions.Expect(approver.Locator("[data-review-status]")).ToHaveTextAsync("Review submitted to the department");
        Assert.Equal(IncidentStatus.OutcomeSubmitted, await IncidentStatusAsync(e2));

        var e1 = await BrowserIncidents.SubmittedAsync(app.Services, E1Day);
        await ReviewSeeds.DetermineAsync(app.Services, e1, FollowUpAction.CaseReview);
        var e1Review = await ReviewSeeds.OpenAsync(app.Services, e1, complete: true, submit: true);
        await approver.GotoAsync($"/Reviews/{e1Review}");
        await ClickAsync(approver, "Approve and keep in our register");
        await Assertions.Expect(approver.Locator("[data-review-status]")).ToHaveTextAsync("Approved and kept in the organisation's register");
        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(e1));
        await approver.GotoAsync("/Reviews");
        await Assertions.Expect(approver.Locator($"#reviews tr:has(a[href='/Reviews/{e1Review}'])")).ToContainTextAsync("Approved and kept in the organisation's register");
        await Assertions.Expect(approver.Locator($"#reviews tr:has(a[href='/Reviews/{e2Review}'])")).ToContainTextAsync("Review submitted to the department");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(approver);
    }

    /// <summary>The delegate assigns the demo review manager from the incident page; returns the review's id.</summary>
    private async Task<int> AssignAsync(int incidentId, bool joint)
    {
        var page = await app.SignedInPageAsync(Delegate);
        await page.GotoAsync($"/Incidents/{incidentId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Assign a review manager" }).ClickAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Review manager (if of your organisation)").SelectOptionAsync(new SelectOptionValue { Label = "Ian Investigator" });
        if (joint)
            await page.GetByLabel("A joint review with the department").CheckAsync();
        await ClickAsync(page, "Assign");
        await Assertions.Expect(page.Locator("[data-review-status]")).ToHaveTextAsync("Review in progress");
        await Assertions.Expect(page.Locator("[data-manager]")).ToHaveTextAsync("Ian Investigator");
        return int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task AddActionAsync(IPage page, int reviewId, string text, string owner, DateOnly due)
    {
        await page.GotoAsync($"/Reviews/{reviewId}/Actions");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync(text);
        await page.GetByLabel("Owner", new() { Exact = true }).FillAsync(owner);
        await FillDateAsync(page, "Due date", due);
        await ClickAsync(page, "Add the action");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(text);
    }

    /// <summary>Action 1 is done with its evidence; action 2, due last week, is flagged overdue.</summary>
    private static async Task AssertActionRowsAsync(IPage page)
    {
        var done = page.Locator("tr", new() { HasText = "Roster two workers on evenings." });
        await Assertions.Expect(done).ToContainTextAsync("Done");
        await Assertions.Expect(done).ToContainTextAsync("two workers every evening");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Retrain casual staff in transfers." })).ToContainTextAsync("Overdue");
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly day)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static Task ClickAsync(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    private async Task<IncidentStatus> IncidentStatusAsync(int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CimsDbContext>().Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}
