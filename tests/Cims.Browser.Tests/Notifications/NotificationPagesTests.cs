using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Cims.Web.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Notifications;

/// <summary>The notifications page with one unread reminder: the badge in the menu, axe-core and 320 px, then mark all read.</summary>
public sealed class NotificationPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Manager = "investigator@agency-one.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Notifications_OneUnread_BadgeInTheMenuThenMarkedRead()
    {
        await AddReminderAsync();
        var page = await app.SignedInPageAsync(Manager);

        await Assertions.Expect(page.Locator("#unread-badge")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveTextAsync("1 unread");
        await page.Locator("nav a[href='/Notifications']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-reason]")).ToContainTextAsync("you are its investigation manager");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();

        await Assertions.Expect(page.GetByText("1 notification is marked as read.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveCountAsync(0);
        await PageChecks.AssertAccessibleAtBothWidthsAsync(page);
    }

    private async Task AddReminderAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var userId = await db.Users.Where(u => u.Email == Manager).Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var reminder = Reminder.Claim("PlanToWrite", 1, DateOnly.FromDateTime(now.UtcDateTime).AddDays(7), "Before5",
            "Reminder: the investigation plan for incident 2026-000001 is due in 5 business days", now);
        reminder.Notifications.Add(Notification.For(userId,
            "Sent because the investigation plan for incident 2026-000001 is due in 5 business days and you are its investigation manager.", "/Investigations/1", now));
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
    }
}
