using System.Globalization;
using Cims.Domain.Calendar;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>Days on the clock of an investigation or a review, as the tests post and read them.</summary>
public static class ClockDays
{
    private static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    /// <summary>The Victorian business-day calendar of 2026 to 2028.</summary>
    public static readonly BusinessCalendar BusinessDays = new(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date));

    /// <summary>The day, month and year fields of a new due date.</summary>
    public static KeyValuePair<string, string>[] Date(DateOnly day) =>
    [
        new("DueDay", day.Day.ToString(CultureInfo.InvariantCulture)), new("DueMonth", day.Month.ToString(CultureInfo.InvariantCulture)),
        new("DueYear", day.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The Melbourne day of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Melbourne).DateTime);

    /// <summary>A day as the pages show it.</summary>
    public static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
