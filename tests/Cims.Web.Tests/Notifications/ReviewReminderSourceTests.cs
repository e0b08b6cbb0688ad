using Cims.Domain.Calendar;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Time;
using static Cims.Web.Tests.Incidents.Reviews.ReviewFixtures;

namespace Cims.Web.Tests.Notifications;

/// <summary>
/// Reminders for case reviews and RCA reviews: the review to do (its manager), the approval (the delegates), the actions
/// (the manager) and the extension decisions (the department); none while on police hold; an extension starts a new series.
/// </summary>
public abstract class ReviewReminderSourceTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ReminderApp
{
    private const string Delegate = "delegate@agency-one.example";
    private static readonly DateOnly Due = new(2026, 12, 15);
    private static readonly DateTimeOffset DueAt = new(2026, 12, 15, 3, 0, 0, TimeSpan.Zero);
    private static readonly InvestigationTimeRules Rules = new(
        new BusinessCalendar(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date)), MelbourneTime.Zone, InvestigationTimeRules.DefaultMaxExtensionBusinessDays);

    [Fact]
    public async Task Run_ReviewInProgressDueToday_TheReviewManager()
    {
        var (_, id) = await OpenedAsync(app, dueAt: DueAt);

        app.SetToday(Due);
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("Review", id));
        Assert.Equal(("DueToday", Investigator), (only.Kind, only.Recipients));
        var reason = Assert.Single(only.Reasons);
        Assert.Contains("the case review of incident", reason, StringComparison.Ordinal);
        Assert.Contains("you are its review manager", reason, StringComparison.Ordinal);
        Assert.Empty(await app.RemindersOfAsync("ReviewApproval", id));
    }

    [Fact]
    public async Task Run_ReviewAwaitingApproval_TheDelegatesNotTheManager()
    {
        var (_, id) = await OpenedAsync(app, dueAt: DueAt);
        await ChangeAsync(app, id, (review, incident, now) =>
        {
            review.SaveCaseReport(CaseReport, now).MustSucceed();
            review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), now).MustSucceed();
            review.Submit(incident, Builder, now).MustSucceed();
        });

        app.SetToday(Due);
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("ReviewApproval", id));
        Assert.Equal(("DueToday", Delegate), (only.Kind, only.Recipients));
        Assert.Contains("the approval of the case review of incident", Assert.Single(only.Reasons), StringComparison.Ordinal);
        Assert.Empty(await app.RemindersOfAsync("Review", id));
    }

    [Fact]
    public async Task Run_ReviewActionDueToday_TheManager_AndNoneOnceWithdrawn()
    {
        var (_, id) = await OpenedAsync(app, Domain.Incidents.FollowUpAction.RcaReview, dueAt: DueAt.AddDays(60));
        var actionId = 0;
        await ChangeAsync(app, id, (review, _, now) => review.AddAction("Retrain the evening team.", "Practice lead", Due, now).MustSucceed());
        await ChangeAsync(app, id, (review, _, _) => actionId = review.Actions.Single().Id);
        var (_, withdrawn) = await OpenedAsync(app, dueAt: DueAt.AddDays(60));
        var withdrawnActionId = 0;
        await ChangeAsync(app, withdrawn, (review, _, now) =>
        {
            review.AddAction("Audit the files.", "Practice lead", Due, now).MustSucceed();
            review.Withdraw(Builder, "Reported twice.", now).MustSucceed();
        });
        await ChangeAsync(app, withdrawn, (review, _, _) => withdrawnActionId = review.Actions.Single().Id);

        app.SetToday(Due);
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("ReviewAction", actionId));
        Assert.Equal(("DueToday", Investigator), (only.Kind, only.Recipients));
        Assert.Contains("action 1 of the RCA review of incident", Assert.Single(only.Reasons), StringComparison.Ordinal);
        Assert.Empty(await app.RemindersOfAsync("ReviewAction", withdrawnActionId));
    }

    [Fact]
    public async Task Run_ReviewOnPoliceHold_None_AndAnApprovedExtensionStartsANewSeries()
    {
        var (_, held) = await OpenedAsync(app, dueAt: DueAt);
        await ChangeAsync(app, held, (review, _, now) => review.PauseForPolice("Police asked the review to wait.", Builder, now).MustSucceed());
        var (_, extended) = await OpenedAsync(app, dueAt: DueAt);
        app.SetToday(Due);
        await app.RunRemindersAsync();
        var newDue = new DateOnly(2026, 12, 22);
        await ChangeAsync(app, extended, (review, _, _) =>
        {
            review.RequestExtension(newDue, "The family asked to meet next week.", Builder, Rules, app.Clock.GetUtcNow()).MustSucceed();
            review.ApproveExtension(null, Builder, Rules, app.Clock.GetUtcNow()).MustSucceed();
        });

        app.SetToday(newDue);
        await app.RunRemindersAsync();
        await app.RunRemindersAsync();

        Assert.Empty(await app.RemindersOfAsync("Review", held));
        Assert.Equal([("DueToday", Due), ("DueToday", newDue)], (await app.RemindersOfAsync("Review", extended)).Select(r => (r.Kind, r.DueOn)));
    }

    [Fact]
    public async Task Run_ReviewExtensionWaitingOnTheDueDay_DepartmentStaff()
    {
        var (_, id) = await OpenedAsync(app, Domain.Incidents.FollowUpAction.RcaReview, dueAt: DueAt);
        var extensionId = 0;
        await ChangeAsync(app, id, (review, _, now) =>
            review.RequestExtension(new DateOnly(2027, 1, 20), "Police asked the review to wait.", Builder, Rules, now).MustSucceed());
        await ChangeAsync(app, id, (review, _, _) => extensionId = review.Extensions.Single().Id);

        app.SetToday(Due);
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("ReviewExtensionDecision", extensionId));
        Assert.Equal(("DueToday", "staff@department.example"), (only.Kind, only.Recipients));
        Assert.Contains("the extension request for the RCA review of incident", Assert.Single(only.Reasons), StringComparison.Ordinal);
    }
}

public sealed class SqliteReviewReminderSourceTests(SqliteReminderApp app) : ReviewReminderSourceTests<SqliteReminderApp>(app);

public sealed class PostgresReviewReminderSourceTests(PostgresReminderApp app) : ReviewReminderSourceTests<PostgresReminderApp>(app);
