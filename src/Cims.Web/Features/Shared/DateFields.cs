using System.Globalization;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Shared;

/// <summary>Dates typed as three fields (day, month, year) and times as HH:MM, in Melbourne local time.</summary>
public static class DateFields
{
    public static DateOnly? Parse(string? day, string? month, string? year)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year?.Trim().Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return null;
        return y >= 1900 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>A Melbourne wall-clock time as UTC (a time skipped by daylight saving moves forward an hour).</summary>
    public static DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (MelbourneTime.Zone.IsInvalidTime(unspecified))
            unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, MelbourneTime.Zone), TimeSpan.Zero);
    }

    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>00:00, 00:15 … 23:45.</summary>
    public static IEnumerable<string> QuarterHours() => Enumerable.Range(0, 96).Select(i => Time(new TimeOnly(i / 4, i % 4 * 15)));
}
