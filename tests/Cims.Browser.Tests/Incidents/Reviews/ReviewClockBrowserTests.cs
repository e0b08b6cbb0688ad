using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Reviews;

/// <summary>
/// A case review's clock in a browser: the review manager asks for an extension from the review's page, department
/// staff find it among the requests waiting for them and approve it, then pause the clock for police and resume it with
/// the keyboard. axe-core and the 320 px check run on the review's page and each clock page in the review's words.
/// </summary>
public sealed class ReviewClockBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Manager = "investigator@agency-one.example";
    private const string Staff = "staff@department.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task RequestApproveHoldResume_OnACaseReview_EveryPagePassesAxe()
    {
        var (id, due) = await CaseReviewAsync();
        var wanted = new BusinessCalendar(VictorianHolidays.ForYears(2026, 2030).Select(h => h.Date)).AddBusinessDays(due, 5);
        var manager = await app.SignedInPageAsync(Manager);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager, $"/Reviews/{id}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Request an extension" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("case review");
        var date = manager.GetByRole(AriaRole.Group, new() { Name = "New due date" });
        await date.GetByLabel("Day").FillAsync(wanted.Day.ToString(Fields));
        await date.GetByLabel("Month").FillAsync(wanted.Month.ToString(Fields));
        await date.GetByLabel("Year").FillAsync(wanted.Year.ToString(Fields));
        await manager.GetByLabel("Why the case review needs more time").FillAsync("The family asked to meet after the holidays.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send the request to the department" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-clock-extension]")).ToContainTextAsync(wanted.Display());

        var staff = await app.SignedInPageAsync(Staff);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff, "/Department/Extensions");
        await staff.Locator($"a[href='/Reviews/{id}/Extension/Decide']").ClickAsync();
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve the extension" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-clock-due]")).ToContainTextAsync(wanted.Display());

        await staff.GetByRole(AriaRole.Link, new() { Name = "Pause the clock for police" }).ClickAsync();
        await staff.GetByLabel("What police asked").FillAsync("Police reference A-123 asked the review to wait.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Pause the clock" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-clock-remaining]")).ToContainTextAsync("On hold at police request since");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GotoAsync($"/Reviews/{id}/Hold");
        await KeyboardUse.TabToAsync(staff, "Resume the clock");
        await staff.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Locator("#clock-holds tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.Locator("[data-clock-remaining]")).Not.ToContainTextAsync("On hold");
    }

    private static readonly System.Globalization.CultureInfo Fields = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>An E1 incident the department screened to a case review due in 30 days, assigned to the demo review manager.</summary>
    private async Task<(int Id, DateOnly Due)> CaseReviewAsync()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2019, 3, 4));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = (await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(Manager))!;
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var builder = new Actor("builder", "Test Builder");
        var now = DateTimeOffset.UtcNow;
        incident.DetermineFollowUp(FollowUpAction.CaseReview, new Deadline(now.AddDays(30), "Test rule"), builder, null, now).MustSucceed();
        var review = Review.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), false, builder, now).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (review.Id, DateOnly.FromDateTime(review.DueAt!.Value.ToMelbourne().DateTime));
    }
}
