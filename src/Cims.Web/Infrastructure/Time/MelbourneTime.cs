using System.Globalization;

namespace Cims.Web.Infrastructure.Time;

/// <summary>CIMS stores instants in UTC and shows them in Australia/Melbourne time.</summary>
public static class MelbourneTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-AU");

    public static DateTimeOffset ToMelbourne(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToMelbourne().DateTime);

    /// <summary>For example "23/11/2026 2:05 PM".</summary>
    public static string Display(this DateTimeOffset instant) =>
        instant.ToMelbourne().ToString("dd/MM/yyyy h:mm tt", Culture);

    /// <summary>The time of day to the second, for example "2:05:13 pm".</summary>
    public static string DisplayTime(this DateTimeOffset instant) =>
        instant.ToMelbourne().ToString("h:mm:ss tt", Culture);

    public static string Display(this DateOnly day) => day.ToString("dd/MM/yyyy", Culture);

    /// <summary>Midnight at the start of a Melbourne day, as a UTC instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone), TimeSpan.Zero);
}
