using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Notifications;

/// <summary>The reminder job when Cims:RemindersEnabled is on: it runs at start-up and again after each interval on the clock.</summary>
public abstract class ReminderJobTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : JobOnReminderApp
{
    [Fact]
    public async Task Job_IntervalPasses_SendsTheReminderWithoutACallFromTheTest()
    {
        _ = app.Services; // starts the host, and with it the job's first run
        app.SetToday(new DateOnly(2026, 12, 1));
        var (_, id) = await AssignedAsync(app);
        var due = DateOnly.FromDateTime((await LoadAsync(app, id)).DueAt!.Value.ToMelbourne().DateTime);
        app.SetToday(due);

        // Each pass moves the clock one interval on (the job waits on it), then looks for the reminder for a while.
        List<SentReminder> reminders = [];
        for (var pass = 0; pass < 8 && (reminders.Count == 0 || !reminders[0].Sent); pass++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            for (var look = 0; look < 20 && (reminders.Count == 0 || !reminders[0].Sent); look++)
            {
                await Task.Delay(100);
                reminders = await app.RemindersOfAsync("PlanToWrite", id);
            }
        }

        Assert.Equal(("DueToday", Investigator), (Assert.Single(reminders).Kind, reminders[0].Recipients));
    }
}

/// <summary>The reminders' app with the job on (test hosts turn it off), every 15 minutes of the frozen clock.</summary>
public abstract class JobOnReminderApp(DatabaseProvider provider) : ReminderApp(provider)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Cims:RemindersEnabled", "true"), new("Cims:ReminderIntervalMinutes", "15")];
}

public sealed class SqliteJobOnReminderApp() : JobOnReminderApp(DatabaseProvider.Sqlite);

public sealed class PostgresJobOnReminderApp() : JobOnReminderApp(DatabaseProvider.Postgres);

public sealed class SqliteReminderJobTests(SqliteJobOnReminderApp app) : ReminderJobTests<SqliteJobOnReminderApp>(app);

public sealed class PostgresReminderJobTests(PostgresJobOnReminderApp app) : ReminderJobTests<PostgresJobOnReminderApp>(app);
