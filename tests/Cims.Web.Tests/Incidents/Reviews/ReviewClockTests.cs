using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.ClockDays;
using static Cims.Web.Tests.Incidents.Reviews.ReviewSetup;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>
/// A review's clock through the same pages as an investigation's: the manager asks for an extension and the department
/// decides it; department staff pause the clock at police request and resume it. Another organisation finds none of it.
/// </summary>
public abstract class ReviewClockTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ClockApp
{
    private static string Url(int id, string path = "") => $"/Reviews/{id}{path}";

    private Task<Review> LoadAsync(int id) => app.WithDbAsync(db => db.Reviews.AsNoTracking().AsSplitQuery().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task RequestExtension_OfAnRcaReview_TheDepartmentFindsItApprovesItAndTheReviewIsDueLater()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day);
        var due = Day((await LoadAsync(id)).DueAt!.Value);
        var wanted = BusinessDays.AddBusinessDays(due, 10);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        Assert.NotNull((await manager.GetPageAsync(Url(id))).QuerySelector($"a[href='{Url(id, "/Extension")}']"));
        var form = await manager.GetPageAsync(Url(id, "/Extension"));
        Assert.Contains("RCA review", form.QuerySelector("h1")!.TextContent);

        var requested = await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", InvestigationBuilder.Version(form)), .. Date(wanted), new("Reason", "Police asked the review to wait for their interviews.")]);

        Assert.Equal(Url(id), requested.Headers.Location!.OriginalString);
        Assert.Contains("waiting for the department", (await manager.GetPageAsync(Url(id))).QuerySelector("[data-clock-extension]")!.TextContent);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, DepartmentStaff).Select(MailBox.Body), b => b.Contains("Police asked the review to wait") && b.Contains(Url(id)));
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var home = await staff.GetPageAsync("/");
        Assert.Contains("Decide the review's extension request", home.QuerySelectorAll("[data-work-item]").Single(li => li.QuerySelector($"a[href='{Url(id)}']") is not null).TextContent);
        var row = (await staff.GetPageAsync("/Department/Extensions")).QuerySelector($"a[href='{Url(id, "/Extension/Decide")}']")!.Closest("tr")!;
        Assert.Contains("RCA review", row.TextContent);
        var decide = await staff.GetPageAsync(Url(id, "/Extension/Decide"));

        var approved = await staff.PostWithTokenAsync(Url(id, "/Extension/Approve"), FormClient.Token(decide),
            [new("Version", InvestigationBuilder.Version(decide, "form[action$='Approve']")), .. Date(wanted)]);

        Assert.Equal(Url(id), approved.Headers.Location!.OriginalString);
        var review = await LoadAsync(id);
        Assert.Equal((wanted, ExtensionStatus.Approved), (Day(review.DueAt!.Value), review.Extensions.Single().Status));
        Assert.Equal(["Extension requested", "Extension approved"], review.History.Skip(1).Select(e => e.What));
        var page = await manager.GetPageAsync(Url(id));
        Assert.StartsWith(Shown(wanted), page.QuerySelector("[data-clock-due]")!.TextContent);
        Assert.Contains("Extended by the department", page.QuerySelector("[data-clock-rule]")!.TextContent);
        Assert.Contains("Approved", page.QuerySelector("#clock-extensions [data-extension-status]")!.TextContent);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            (a.Action == "review.extension_requested" || a.Action == "review.extension_approved") && a.EntityType == "Review" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains("approved the extension: the RCA review is now due"));
    }

    [Fact]
    public async Task RequestExtension_WithoutAReasonOrBeyondTheLimit_SaysSoBesideTheFieldsAndKeepsWhatWasTyped()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day);
        var due = Day((await LoadAsync(id)).DueAt!.Value);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));

        var empty = await FormClient.ParseAsync(await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", InvestigationBuilder.Version(form)), .. Date(BusinessDays.AddBusinessDays(due, 3)), new("Reason", "")]));
        var tooLong = await FormClient.ParseAsync(await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", InvestigationBuilder.Version(form)), .. Date(BusinessDays.AddBusinessDays(due, 61)), new("Reason", "The family asked to meet after the holidays.")]));

        Assert.Contains("Enter why more time is needed", empty.QuerySelector("#Reason-error")!.TextContent);
        Assert.Contains("at most 60 business days", tooLong.QuerySelector("#DueDay-error")!.TextContent);
        Assert.Contains("at most 60 business days", tooLong.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal("The family asked to meet after the holidays.", tooLong.QuerySelector("#Reason")!.TextContent);
        Assert.Empty((await LoadAsync(id)).Extensions);
    }

    [Fact]
    public async Task PoliceHold_OfACaseReview_ShowsTheHoldEverywhereThenMovesTheDueDateOnResume()
    {
        app.SetToday(2026, 12, 23);
        var (_, id) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day);
        var due = Day((await LoadAsync(id)).DueAt!.Value);
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var hold = await staff.GetPageAsync(Url(id, "/Hold"));

        await staff.PostWithTokenAsync(Url(id, "/Hold"), FormClient.Token(hold), [new("Version", InvestigationBuilder.Version(hold)), new("Reason", "Police reference A-123 asked the review to wait.")]);

        var manager = await FormClient.SignedInAsync(app, Investigator);
        const string OnHold = "On hold at police request since 23/12/2026";
        Assert.Contains(OnHold, (await manager.GetPageAsync(Url(id))).QuerySelector("[data-clock-remaining]")!.TextContent);
        Assert.Contains(OnHold, (await manager.GetPageAsync("/Reviews")).QuerySelector($"a[href='{Url(id)}']")!.Closest("tr")!.TextContent);
        var waiting = (await manager.GetPageAsync("/")).QuerySelectorAll("[data-work-item]").Single(li => li.QuerySelector($"a[href='{Url(id)}']") is not null).TextContent;
        Assert.Contains(OnHold, waiting, StringComparison.Ordinal);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains("paused the case review's clock at police request"));
        app.SetToday(2027, 1, 5);
        staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var resume = await staff.GetPageAsync(Url(id, "/Hold"));
        var resumed = await staff.PostWithTokenAsync(Url(id, "/Hold/Resume"), FormClient.Token(resume), [new("Version", InvestigationBuilder.Version(resume, "form[action$='Resume']"))]);

        Assert.Equal(Url(id), resumed.Headers.Location!.OriginalString);
        // 24, 29, 30, 31 December, 4 and 5 January: Christmas, the Boxing Day Monday and New Year's Day do not count.
        var review = await LoadAsync(id);
        Assert.Equal(6, review.Holds.Single().BusinessDaysOnHold);
        Assert.Equal(BusinessDays.AddBusinessDays(due, 6), Day(review.DueAt!.Value));
        Assert.Equal(ReviewStatus.InProgress, review.Status);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "review.police_hold_started" || a.Action == "review.police_hold_ended")));
    }

    [Fact]
    public async Task ClockPages_AnotherOrganisationsReview_NotFoundOnGetAndPost_AndTheOrganisationCannotHoldIt()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day);
        var other = await FormClient.SignedInAsync(app, OtherDelegate);
        var token = FormClient.Token(await other.GetPageAsync("/Reviews"));
        var before = (await LoadAsync(id)).Version.ToString();

        foreach (var path in new[] { "/Extension", "/Extension/Decide", "/Hold" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(Url(id, path))).StatusCode);
        foreach (var path in new[] { "/Extension", "/Extension/Approve", "/Extension/Decline", "/Hold", "/Hold/Resume" })
        {
            var posted = await other.PostWithTokenAsync(Url(id, path), token,
                [new("Version", before), .. Date(new DateOnly(2027, 3, 1)), new("Reason", "Forged.")]);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        var own = await FormClient.SignedInAsync(app, DelegateEmail);
        var refused = await own.PostWithTokenAsync(Url(id, "/Hold"), FormClient.Token(await own.GetPageAsync(Url(id))), [new("Version", before), new("Reason", "Not ours to pause.")]);
        Assert.Equal(Url(id), refused.Headers.Location!.OriginalString);
        var review = await LoadAsync(id);
        Assert.Equal((0, 0), (review.Extensions.Count, review.Holds.Count));
    }
}

public sealed class SqliteReviewClockTests(SqliteClockApp app) : ReviewClockTests<SqliteClockApp>(app);

public sealed class PostgresReviewClockTests(PostgresClockApp app) : ReviewClockTests<PostgresClockApp>(app);
