using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Notifications;

/// <summary>
/// Reminders on a frozen clock: each step of a series claimed and e-mailed once, run after run, on two nodes at once and
/// after a restart; a moved due date starts a new series; escalation on the right business days. A "restart" is a second
/// host over the same database: the outbox is the only memory the reminders have, so a new process knows what went.
/// </summary>
public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ReminderApp
{
    private static readonly BusinessCalendar Calendar = new(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date));

    [Fact]
    public async Task Run_TwiceAndAfterRestart_EachStepOfTheSeriesSentOnce()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (incidentId, id) = await AssignedAsync(app);
        var (due, number) = await DueAndNumberAsync(id, incidentId);

        foreach (var day in new[] { Before(due, 5), Before(due, 1), due })
        {
            app.SetToday(day);
            await app.RunRemindersAsync();
            await app.RunRemindersAsync();
            using var restarted = app.Restart();
            await restarted.RunRemindersAsync();
        }

        var reminders = await app.RemindersOfAsync("PlanToWrite", id);
        Assert.Equal(["Before5", "Before1", "DueToday"], reminders.Select(r => r.Kind));
        Assert.All(reminders, r => Assert.Equal((due, true, 1, Investigator), (r.DueOn, r.Sent, r.Attempts, r.Recipients)));
        Assert.Equal($"Sent because the investigation plan for incident {number} is due in 5 business days and you are its investigation manager.",
            Assert.Single(reminders[0].Reasons));
        Assert.Single(Mails(Investigator, number, "is due in 5 business days"));
        Assert.Single(Mails(Investigator, number, "is due in 1 business day"));
        Assert.Single(Mails(Investigator, number, "is due today"));
    }

    [Fact]
    public async Task Run_OnTwoNodesAtOnce_SentOnce()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (incidentId, id) = await InProgressAsync(app);
        var (due, number) = await DueAndNumberAsync(id, incidentId);
        app.SetToday(due);
        using var other = app.Restart();

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { app.RunRemindersAsync(), other.RunRemindersAsync() }));

        var only = Assert.Single(await app.RemindersOfAsync("Investigation", id));
        Assert.Equal(("DueToday", true, Investigator), (only.Kind, only.Sent, only.Recipients));
        Assert.Single(Mails(Investigator, number, "is due today"));
    }

    [Fact]
    public async Task Run_ExtensionApprovedThenOverdue_NewSeriesEscalatedPastAustraliaDayAndAWeekend()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (incidentId, id) = await InProgressAsync(app);
        var (due, number) = await DueAndNumberAsync(id, incidentId);
        var extended = new DateOnly(2027, 1, 22);
        Assert.True(due < Before(extended, 5), $"due {due}");
        app.SetToday(Before(due, 1));
        await app.RunRemindersAsync();
        await ExtendAsync(id, extended);
        app.SetToday(new DateOnly(2027, 1, 15));
        await app.RunRemindersAsync();

        Assert.Equal([("Before1", due), ("Before5", extended)], (await app.RemindersOfAsync("Investigation", id)).Select(r => (r.Kind, r.DueOn)));

        var kinds = new List<string?>();
        foreach (var day in new[] { 25, 26, 27, 29 }.Select(d => new DateOnly(2027, 1, d)).Append(new DateOnly(2027, 2, 1)))
        {
            app.SetToday(day);
            await app.RunRemindersAsync();
            kinds.Add((await app.RemindersOfAsync("Investigation", id)).Last().Kind);
        }

        // Monday overdue; Tuesday 26/01 is Australia Day; Wednesday is the 2nd business day overdue; Monday 01/02 the 5th.
        Assert.Equal(["Overdue", "Overdue", "EscalatedDelegate", "EscalatedDelegate", "EscalatedDepartment"], kinds);
        var reminders = (await app.RemindersOfAsync("Investigation", id)).ToDictionary(r => r.Kind);
        Assert.Equal(5, reminders.Count);
        Assert.Equal([Investigator], reminders["Overdue"].To);
        Assert.Equal([DelegateEmail, Investigator], reminders["EscalatedDelegate"].To);
        Assert.Equal([DelegateEmail, Investigator, DepartmentStaff], reminders["EscalatedDepartment"].To);
        Assert.Contains($"Sent because the investigation of incident {number} is 2 business days overdue and you are an authorised delegate of its organisation (escalated to you).",
            reminders["EscalatedDelegate"].Reasons);
        Assert.Single(Mails(DelegateEmail, number, "is 2 business days overdue"));
        Assert.Single(Mails(DepartmentStaff, number, "is 5 business days overdue"));
        Assert.Empty(Mails(OtherDelegate, number, "overdue"));
    }

    [Fact]
    public async Task Run_ReportAwaitingEndorsementOverdue_DelegatesThenDepartment()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var id = await Incidents.IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var due = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.DueAt).SingleAsync());
        var dueOn = DateOnly.FromDateTime(due!.Value.ToMelbourne().DateTime);

        app.SetToday(Calendar.AddBusinessDays(dueOn, 1));
        await app.RunRemindersAsync();
        app.SetToday(Calendar.AddBusinessDays(dueOn, 5));
        await app.RunRemindersAsync();

        var reminders = await app.RemindersOfAsync("ReportEndorsement", id);
        Assert.Equal([("Overdue", DelegateEmail), ("EscalatedDepartment", $"{DelegateEmail} {DepartmentStaff}")], reminders.Select(r => (r.Kind, r.Recipients)));
    }

    private async Task ExtendAsync(int id, DateOnly dueOn)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(v => v.Id == id);
        var rules = new InvestigationTimeRules(Calendar, MelbourneTime.Zone, InvestigationTimeRules.DefaultMaxExtensionBusinessDays);
        var by = new Actor("builder", "Test Builder");
        var now = app.Clock.GetUtcNow();
        investigation.RequestExtension(dueOn, "Police asked us to wait.", by, rules, now).MustSucceed();
        investigation.ApproveExtension(null, by, rules, now).MustSucceed();
        await db.SaveChangesAsync();
    }

    private async Task<(DateOnly Due, string Number)> DueAndNumberAsync(int investigationId, int incidentId)
    {
        var due = (await LoadAsync(app, investigationId)).DueAt!.Value;
        var number = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Number).SingleAsync());
        return (DateOnly.FromDateTime(due.ToMelbourne().DateTime), number!);
    }

    private static DateOnly Before(DateOnly due, int businessDays)
    {
        var day = due;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(-1);
            if (Calendar.IsBusinessDay(day))
                counted++;
        }

        return day;
    }

    private List<string> Mails(string to, string number, string text) =>
        [.. MailBox.FilesFor(app.MailFolder, to).Select(MailBox.Body).Where(b => b.Contains(number, StringComparison.Ordinal) && b.Contains(text, StringComparison.Ordinal))];
}

public sealed class SqliteReminderTests(SqliteReminderApp app) : ReminderTests<SqliteReminderApp>(app);

public sealed class PostgresReminderTests(PostgresReminderApp app) : ReminderTests<PostgresReminderApp>(app);
