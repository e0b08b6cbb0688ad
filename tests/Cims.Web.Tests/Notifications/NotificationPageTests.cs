using System.Net;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Notifications;

/// <summary>/Notifications: a user's own reminders with why they were sent, the unread badge, mark read, nobody else's.</summary>
public abstract class NotificationPageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ReminderApp
{
    [Fact]
    public async Task Index_AfterAReminder_ListsItWithTheReasonAndTheUnreadBadge()
    {
        var (notificationId, number) = await OneReminderAsync();
        var manager = await FormClient.SignedInAsync(app, Investigator);

        var page = await manager.GetPageAsync("/Notifications");

        var row = page.QuerySelector($"[data-notification='{notificationId}']")!;
        Assert.Equal("true", row.GetAttribute("data-unread"));
        Assert.Contains($"the investigation plan for incident {number} is due in 5 business days and you are its investigation manager",
            row.QuerySelector("[data-reason]")!.TextContent);
        Assert.NotNull(row.QuerySelector("a[href^='/Investigations/']"));
        var unread = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null && db.Users.Any(u => u.Id == n.UserId && u.Email == Investigator)));
        Assert.Equal(unread, page.QuerySelectorAll("[data-unread='true']").Length);
        Assert.Equal($"{unread} unread", page.QuerySelector("#unread-badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task ReadAll_Posted_NothingUnreadAndNoBadge()
    {
        await OneReminderAsync();
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync("/Notifications");

        var token = page.QuerySelector("form[action='/Notifications/ReadAll'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await manager.PostWithTokenAsync("/Notifications/ReadAll", token, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await manager.GetPageAsync("/Notifications");
        Assert.Empty(after.QuerySelectorAll("[data-unread='true']"));
        Assert.NotEmpty(after.QuerySelectorAll("[data-notification]"));
        Assert.Null(after.QuerySelector("#unread-badge"));
    }

    [Fact]
    public async Task ShowAndRead_AnotherUsersNotification_NotFoundButTheOwnerMarksItRead()
    {
        var (notificationId, _) = await OneReminderAsync();
        var other = await FormClient.SignedInAsync(app, OtherDelegate);
        var page = await other.GetPageAsync("/Notifications");

        var shown = await other.Http.GetAsync($"/Notifications/{notificationId}");
        var read = await other.PostWithTokenAsync($"/Notifications/{notificationId}/Read", FormClient.Token(page), []);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (shown.StatusCode, read.StatusCode));
        Assert.Null(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAt).SingleAsync()));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var own = await manager.GetPageAsync($"/Notifications/{notificationId}");
        var token = own.QuerySelector($"form[action='/Notifications/{notificationId}/Read'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostWithTokenAsync($"/Notifications/{notificationId}/Read", token, [])).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAt).SingleAsync()));
    }

    /// <summary>A new investigation whose plan is due in 5 business days, and the reminder run: the manager's notification.</summary>
    private async Task<(int NotificationId, string Number)> OneReminderAsync()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (incidentId, id) = await AssignedAsync(app);
        app.SetToday(new DateOnly(2026, 12, 24));
        await app.RunRemindersAsync();
        return await app.WithDbAsync(async db =>
        {
            var number = await db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Number!).SingleAsync();
            var notification = await db.Reminders.Where(r => r.ItemKind == "PlanToWrite" && r.ItemId == id)
                .SelectMany(r => r.Notifications).Select(n => n.Id).SingleAsync();
            return (notification, number);
        });
    }
}

public sealed class SqliteNotificationPageTests(SqliteReminderApp app) : NotificationPageTests<SqliteReminderApp>(app);

public sealed class PostgresNotificationPageTests(PostgresReminderApp app) : NotificationPageTests<PostgresReminderApp>(app);
