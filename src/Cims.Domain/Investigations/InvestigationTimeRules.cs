using System.Globalization;
using Cims.Domain.Calendar;

namespace Cims.Domain.Investigations;

/// <summary>
/// What the investigation's clock needs: the business-day calendar (Victorian public holidays), the time zone the days
/// are counted in (Melbourne) and the most business days one extension request may add (60, a setting).
/// </summary>
public sealed record InvestigationTimeRules(BusinessCalendar Calendar, TimeZoneInfo Zone, int MaxExtensionBusinessDays)
{
    public const int DefaultMaxExtensionBusinessDays = 60;

    /// <summary>The local day an instant falls on.</summary>
    public DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>A due date: the end (23:59:59 local) of the day.</summary>
    public DateTimeOffset EndOf(DateOnly day) => BusinessCalendar.EndOfBusinessDay(day, Zone);

    /// <summary>The latest due date one request may ask for: the current due day plus the maximum business days.</summary>
    public DateOnly LatestExtension(DateOnly currentDue) => Calendar.AddBusinessDays(currentDue, MaxExtensionBusinessDays);

    public static string Text(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
