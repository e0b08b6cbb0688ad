using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Notifications;

/// <summary>The reminder sources beyond the investigation's own steps: an extension to decide, a recommendation due, a plan to endorse.</summary>
public abstract class ReminderSourceTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ReminderApp
{
    private static readonly BusinessCalendar Calendar = new(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date));
    private static readonly Actor By = new("builder", "Test Builder");

    [Fact]
    public async Task Run_ExtensionUndecidedPastTheDueDate_DepartmentStaffOnlyAndNoEscalation()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (_, id) = await InProgressAsync(app);
        var due = DateOnly.FromDateTime((await LoadAsync(app, id)).DueAt!.Value.ToMelbourne().DateTime);
        var extensionId = await ChangeAsync(id, (v, rules, now) => v.RequestExtension(Calendar.AddBusinessDays(due, 10), "Police asked us to wait.", By, rules, now),
            v => v.Extensions.Single().Id);

        app.SetToday(Calendar.AddBusinessDays(due, 8));
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("ExtensionDecision", extensionId));
        Assert.Equal(("Overdue", DepartmentStaff), (only.Kind, only.Recipients));
    }

    [Fact]
    public async Task Run_RecommendationDueToday_TheManager()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (_, id) = await InProgressAsync(app);
        var recommendationId = await ChangeAsync(id, (v, _, now) => v.Recommend("Retrain the team.", "Team leader", new DateOnly(2026, 12, 15), now),
            v => v.Recommendations.Single().Id);

        app.SetToday(new DateOnly(2026, 12, 15));
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("Recommendation", recommendationId));
        Assert.Equal(("DueToday", Investigator), (only.Kind, only.Recipients));
        Assert.Contains("recommendation 1 of the investigation of incident", Assert.Single(only.Reasons));
    }

    [Fact]
    public async Task Run_PlanAwaitingEndorsement_TheDelegates()
    {
        app.SetToday(new DateOnly(2026, 12, 1));
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var due = DateOnly.FromDateTime((await LoadAsync(app, id)).DueAt!.Value.ToMelbourne().DateTime);

        app.SetToday(due);
        await app.RunRemindersAsync();

        var only = Assert.Single(await app.RemindersOfAsync("PlanEndorsement", id));
        Assert.Equal(("DueToday", DelegateEmail), (only.Kind, only.Recipients));
        Assert.Empty(await app.RemindersOfAsync("PlanToWrite", id));
    }

    private async Task<int> ChangeAsync(int id, Func<Investigation, InvestigationTimeRules, DateTimeOffset, Cims.Domain.Common.Result> change, Func<Investigation, int> created)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(v => v.Id == id);
        change(investigation, new InvestigationTimeRules(Calendar, MelbourneTime.Zone, 60), app.Clock.GetUtcNow()).MustSucceed();
        await db.SaveChangesAsync();
        return created(investigation);
    }
}

public sealed class SqliteReminderSourceTests(SqliteReminderApp app) : ReminderSourceTests<SqliteReminderApp>(app);

public sealed class PostgresReminderSourceTests(PostgresReminderApp app) : ReminderSourceTests<PostgresReminderApp>(app);
