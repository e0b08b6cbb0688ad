namespace Cims.Domain.Calendar;

/// <summary>
/// Business days for deadlines (domain reference §4.4): Monday to Friday, except public holidays.
/// Day 0 is the day a provider becomes aware; the deadline is 23:59:59 local time on the Nth
/// business day after it. Pure: the holidays come in through the constructor.
/// </summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly> holidays)
{
    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The Nth business day after <paramref name="start"/>; <paramref name="start"/> itself when N is 0.</summary>
    public DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var day = start;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
                counted++;
        }

        return day;
    }

    /// <summary>
    /// Business days after <paramref name="start"/> up to and including <paramref name="end"/>, so that
    /// BusinessDaysBetween(d, AddBusinessDays(d, n)) is n. Negative when <paramref name="end"/> is earlier.
    /// </summary>
    public int BusinessDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
            return -BusinessDaysBetween(end, start);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
                count++;
        }

        return count;
    }

    /// <summary>The deadline for a timeframe of N business days from day 0, as a UTC instant.</summary>
    public DateTimeOffset Deadline(DateOnly dayZero, int businessDays, TimeZoneInfo zone) =>
        EndOfBusinessDay(AddBusinessDays(dayZero, businessDays), zone);

    /// <summary>23:59:59 local time on <paramref name="day"/> in <paramref name="zone"/>, as a UTC instant.</summary>
    public static DateTimeOffset EndOfBusinessDay(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(EndOfDay, DateTimeKind.Unspecified);

        // 23:59:59 is never skipped or repeated in Melbourne; elsewhere an ambiguous time takes the later instant.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Min() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
