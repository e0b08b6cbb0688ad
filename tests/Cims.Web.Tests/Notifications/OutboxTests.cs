using System.Globalization;
using Cims.Web.Data;
using Cims.Web.Data.Notifications;
using Cims.Web.Tests.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Notifications;

/// <summary>The outbox when the mail server is down: a failed send is retried at the next runs, a limited number of times.</summary>
public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpDownReminderApp
{
    [Fact]
    public async Task Run_MailServerDown_RetriedAtEachRunUpToTheLimitAndStillInTheApp()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (_, id) = await AssignedAsync(app);
        app.SetToday(new DateOnly(2026, 12, 24));

        await app.RunRemindersAsync();
        var first = Assert.Single(await app.RemindersOfAsync("PlanToWrite", id));
        for (var run = 0; run < Reminder.MaxAttempts + 2; run++)
            await app.RunRemindersAsync();

        Assert.Equal((false, 1), (first.Sent, first.Attempts));
        var last = Assert.Single(await app.RemindersOfAsync("PlanToWrite", id));
        Assert.Equal(("Before5", false, Reminder.MaxAttempts, Investigator), (last.Kind, last.Sent, last.Attempts, last.Recipients));
        Assert.NotNull(await app.WithDbAsync(db => db.Reminders.Where(r => r.ItemId == id && r.ItemKind == "PlanToWrite").Select(r => r.LastError).SingleAsync()));
    }

    [Fact]
    public async Task Insert_SameKeyTwice_TheSecondIsAUniqueViolation()
    {
        var day = new DateOnly(2030, 1, 2);
        await SaveAsync(Reminder.Claim("Test", 1, day, "DueToday", "Test", DateTimeOffset.UtcNow));

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(Reminder.Claim("Test", 1, day, "DueToday", "Test", DateTimeOffset.UtcNow)));

        Assert.True(ConcurrentSave.IsUniqueViolation(ex), ex.InnerException?.Message);
    }

    private async Task SaveAsync(Reminder reminder)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
    }
}

/// <summary>The reminders' app with its SMTP server down: nothing listens on its port.</summary>
public abstract class SmtpDownReminderApp(DatabaseProvider provider) : ReminderApp(provider)
{
    private readonly int _port = SmtpListener.FreePort();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Email:SmtpHost", "127.0.0.1"), new("Email:SmtpPort", _port.ToString(CultureInfo.InvariantCulture)), new("Email:TimeoutSeconds", "5")];
}

public sealed class SqliteSmtpDownReminderApp() : SmtpDownReminderApp(DatabaseProvider.Sqlite);

public sealed class PostgresSmtpDownReminderApp() : SmtpDownReminderApp(DatabaseProvider.Postgres);

public sealed class SqliteOutboxTests(SqliteSmtpDownReminderApp app) : OutboxTests<SqliteSmtpDownReminderApp>(app);

public sealed class PostgresOutboxTests(PostgresSmtpDownReminderApp app) : OutboxTests<PostgresSmtpDownReminderApp>(app);
