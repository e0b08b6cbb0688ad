using Cims.Domain.Calendar;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Notifications;

/// <summary>A step of a reminder series: its key part, the first day it applies, who gets it and what it says of the item.</summary>
public sealed record ReminderStep(string Kind, DateOnly From, IReadOnlyList<Audience> Audiences, string Timing)
{
    public bool Escalated => Kind.StartsWith("Escalated", StringComparison.Ordinal);
}

/// <summary>
/// The series of reminders for one due date, counted in business days (weekends and Victorian public holidays skipped):
/// BeforeN on the Nth business day before the due day, DueToday on it, Overdue on the next business day, then
/// EscalatedDelegate and EscalatedDepartment after the configured business days overdue. Only the latest step whose
/// day has come is current: a run that missed earlier steps (the app was down, the item was created late) sends that
/// one, never a burst of the old ones.
/// </summary>
public static class ReminderSchedule
{
    public const string DueToday = "DueToday";
    public const string Overdue = "Overdue";
    public const string EscalatedDelegate = "EscalatedDelegate";
    public const string EscalatedDepartment = "EscalatedDepartment";

    public static ReminderStep? Current(ReminderItem item, DateOnly today, BusinessCalendar calendar, ReminderOptions options) =>
        Steps(item, calendar, options).OrderBy(s => s.From).LastOrDefault(s => s.From <= today);

    public static IEnumerable<ReminderStep> Steps(ReminderItem item, BusinessCalendar calendar, ReminderOptions options)
    {
        var due = item.DueOn;
        Audience[] first = [item.Responsible];
        foreach (var days in options.BusinessDaysBefore)
            yield return new($"Before{days}", BusinessDaysBefore(due, days, calendar), first, $"is due in {BusinessDays(days)}");
        yield return new(DueToday, due, first, "is due today");
        yield return new(Overdue, calendar.AddBusinessDays(due, 1), first, $"is overdue (it was due {due.Display()})");
        if (!item.Escalates)
            yield break;
        var delegates = options.ReminderDelegateEscalationBusinessDays;
        if (item.Responsible == Audience.Manager)
            yield return new(EscalatedDelegate, calendar.AddBusinessDays(due, delegates), [Audience.Manager, Audience.Delegates], $"is {BusinessDays(delegates)} overdue");
        var department = options.ReminderDepartmentEscalationBusinessDays;
        yield return new(EscalatedDepartment, calendar.AddBusinessDays(due, department), [item.Responsible, Audience.Delegates, Audience.Department],
            $"is {BusinessDays(department)} overdue");
    }

    private static string BusinessDays(int days) => days == 1 ? "1 business day" : $"{days} business days";

    /// <summary>The business day <paramref name="days"/> business days before <paramref name="due"/>.</summary>
    public static DateOnly BusinessDaysBefore(DateOnly due, int days, BusinessCalendar calendar)
    {
        var day = due;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(-1);
            if (calendar.IsBusinessDay(day))
                counted++;
        }

        return day;
    }
}
