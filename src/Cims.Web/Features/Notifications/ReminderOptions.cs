namespace Cims.Web.Features.Notifications;

/// <summary>The "Cims" settings of the reminders (README, "Reminders").</summary>
public sealed class ReminderOptions
{
    private static readonly int[] DefaultBusinessDaysBefore = [5, 1];

    /// <summary>Cims:RemindersEnabled — false turns the reminder job off on this node.</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>Cims:ReminderIntervalMinutes — how often the job looks for reminders to send.</summary>
    public int ReminderIntervalMinutes { get; set; } = 15;

    /// <summary>Cims:ReminderBusinessDaysBefore — the business days before a due date that a reminder goes (5 and 1).</summary>
    public int[]? ReminderBusinessDaysBefore { get; set; }

    /// <summary>Cims:ReminderDelegateEscalationBusinessDays — business days overdue before the organisation's delegates are told.</summary>
    public int ReminderDelegateEscalationBusinessDays { get; set; } = 2;

    /// <summary>Cims:ReminderDepartmentEscalationBusinessDays — business days overdue before department staff are told.</summary>
    public int ReminderDepartmentEscalationBusinessDays { get; set; } = 5;

    /// <summary>The days before, largest first, without repeats (a bound array replaces the default rather than adding to it).</summary>
    public IReadOnlyList<int> BusinessDaysBefore =>
        [.. (ReminderBusinessDaysBefore is { Length: > 0 } days ? days : DefaultBusinessDaysBefore).Where(d => d > 0).Distinct().OrderDescending()];
}
