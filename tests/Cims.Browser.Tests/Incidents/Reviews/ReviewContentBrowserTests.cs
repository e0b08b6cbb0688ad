using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Reviews;

/// <summary>
/// The review's content pages in a browser, signed in as the manager of an RCA review in progress: the report form and
/// the timeline form, each checked with axe-core at 1280 and 320 px, and the timeline's error state.
/// </summary>
public sealed class ReviewContentBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Manager = "investigator@agency-one.example";

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task ReportAndTimeline_WithAnError_PassAxeAtBothWidths()
    {
        var id = await RcaReviewAsync();
        var page = await app.SignedInPageAsync(Manager);

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, $"/Reviews/{id}/Report");
        await page.GetByLabel("Review team").FillAsync("Robin, the practice lead and a nurse.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the report", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Robin, the practice lead and a nurse.");

        await PageChecks.AssertAccessibleAtBothWidthsAsync(page, $"/Reviews/{id}/Timeline");
        var on = page.GetByRole(AriaRole.Group, new() { Name = "Date of the event" });
        await on.GetByLabel("Day").FillAsync("21");
        await on.GetByLabel("Month").FillAsync("11");
        await on.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Time (optional)").FillAsync("25:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the event", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Describe what happened.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }

    /// <summary>An E1 major incident the department screened to an RCA review, assigned to the demo review manager.</summary>
    private async Task<int> RcaReviewAsync()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2019, 3, 4));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = (await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(Manager))!;
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var builder = new Actor("builder", "Test Builder");
        incident.DetermineFollowUp(FollowUpAction.RcaReview, new Deadline(Now.AddDays(30), "Test rule"), builder, null, Now).MustSucceed();
        var review = Review.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), false, builder, Now).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    }
}
