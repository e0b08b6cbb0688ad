using Cims.Domain.Calendar;
using Cims.Web.Features.Notifications;

namespace Cims.Web.Tests.Notifications;

/// <summary>The steps of a reminder series in business days, across Christmas, Boxing Day (Monday 28/12/2026) and New Year's Day.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly BusinessCalendar Calendar = new(VictorianHolidays.ForYears(2026, 2027).Select(h => h.Date));
    private static readonly ReminderOptions Defaults = new();

    private static ReminderItem Item(DateOnly due, Audience responsible = Audience.Manager, bool escalates = true) =>
        new("PlanToWrite", 1, "the investigation plan for incident 2026-00001", "/Investigations/1", due, 1, "user", responsible, escalates);

    private static string? On(ReminderItem item, int year, int month, int day) =>
        ReminderSchedule.Current(item, new DateOnly(year, month, day), Calendar, Defaults)?.Kind;

    [Fact]
    public void Current_DueOnWednesday23December_OverdueThursdayDelegatesTuesday29DepartmentMonday4January()
    {
        var item = Item(new DateOnly(2026, 12, 23));

        Assert.Equal("Before5", On(item, 2026, 12, 16));
        Assert.Equal("Before1", On(item, 2026, 12, 22));
        Assert.Equal("DueToday", On(item, 2026, 12, 23));
        Assert.Equal("Overdue", On(item, 2026, 12, 24));
        Assert.Equal("Overdue", On(item, 2026, 12, 28));
        Assert.Equal("EscalatedDelegate", On(item, 2026, 12, 29));
        Assert.Equal("EscalatedDelegate", On(item, 2027, 1, 1));
        Assert.Equal("EscalatedDepartment", On(item, 2027, 1, 4));
    }

    [Fact]
    public void Current_DueTuesday5January_FiveBusinessDaysBeforeIsThursday24December()
    {
        var item = Item(new DateOnly(2027, 1, 5));

        Assert.Null(On(item, 2026, 12, 23));
        Assert.Equal("Before5", On(item, 2026, 12, 24));
        Assert.Equal("Before5", On(item, 2027, 1, 1));
        Assert.Equal("Before1", On(item, 2027, 1, 4));
    }

    [Fact]
    public void Current_ManyDaysLate_OnlyTheLatestStep()
    {
        Assert.Equal("EscalatedDepartment", On(Item(new DateOnly(2026, 6, 1)), 2026, 12, 1));
    }

    [Fact]
    public void Steps_DelegatesResponsible_NoDelegateEscalationAndDepartmentAfterFive()
    {
        var steps = ReminderSchedule.Steps(Item(new DateOnly(2026, 12, 23), Audience.Delegates), Calendar, Defaults).ToList();

        Assert.DoesNotContain(steps, s => s.Kind == "EscalatedDelegate");
        Assert.Equal(new DateOnly(2027, 1, 4), steps.Single(s => s.Kind == "EscalatedDepartment").From);
    }

    [Fact]
    public void Steps_NoEscalation_EndsWithOverdue()
    {
        Assert.Equal("Overdue", ReminderSchedule.Steps(Item(new DateOnly(2026, 12, 23), Audience.Department, escalates: false), Calendar, Defaults).Last().Kind);
    }

    [Fact]
    public void Steps_OtherSettings_UsesThem()
    {
        var options = new ReminderOptions { ReminderBusinessDaysBefore = [3], ReminderDelegateEscalationBusinessDays = 1, ReminderDepartmentEscalationBusinessDays = 3 };

        var steps = ReminderSchedule.Steps(Item(new DateOnly(2026, 12, 23)), Calendar, options).Select(s => (s.Kind, s.From)).ToList();

        Assert.Equal(
            [("Before3", new DateOnly(2026, 12, 18)), ("DueToday", new DateOnly(2026, 12, 23)), ("Overdue", new DateOnly(2026, 12, 24)),
                ("EscalatedDelegate", new DateOnly(2026, 12, 24)), ("EscalatedDepartment", new DateOnly(2026, 12, 30))],
            steps);
    }
}
