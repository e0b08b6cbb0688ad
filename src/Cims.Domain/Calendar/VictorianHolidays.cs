namespace Cims.Domain.Calendar;

/// <summary>
/// Victorian public holidays generated from the Public Holidays Act 1993 (Vic) s 6 rules, with the
/// later additions (Easter Sunday, the Friday before the AFL Grand Final). The Grand Final Friday is
/// fixed each year by the AFL fixture: known dates are listed, later years take the usual pattern
/// (the Friday before the last Saturday in September) and administrators correct them when announced.
/// </summary>
public static class VictorianHolidays
{
    private static readonly Dictionary<int, DateOnly> KnownGrandFinalFridays = new()
    {
        [2017] = new(2017, 9, 29),
        [2018] = new(2018, 9, 28),
        [2019] = new(2019, 9, 27),
        [2020] = new(2020, 10, 23),
        [2021] = new(2021, 9, 24),
        [2022] = new(2022, 9, 23),
        [2023] = new(2023, 9, 29),
        [2024] = new(2024, 9, 27),
        [2025] = new(2025, 9, 26),
    };

    private static readonly (DateOnly Date, string Name)[] OneOffs =
    [
        (new(2022, 9, 22), "National Day of Mourning"),
    ];

    public static IEnumerable<(DateOnly Date, string Name)> ForYears(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var holiday in ForYear(year))
                yield return holiday;
        }
    }

    public static IReadOnlyList<(DateOnly Date, string Name)> ForYear(int year)
    {
        var easter = EasterSunday(year);
        var list = new List<(DateOnly Date, string Name)>();
        AddWithMondaySubstitute(list, new DateOnly(year, 1, 1), "New Year's Day");
        list.Add((MondayIfWeekend(new DateOnly(year, 1, 26)), "Australia Day"));
        list.Add((NthWeekday(year, 3, DayOfWeek.Monday, 2), "Labour Day"));
        list.Add((easter.AddDays(-2), "Good Friday"));
        list.Add((easter.AddDays(-1), "Saturday before Easter Sunday"));
        list.Add((easter, "Easter Sunday"));
        list.Add((easter.AddDays(1), "Easter Monday"));
        list.Add((new DateOnly(year, 4, 25), "ANZAC Day"));
        list.Add((NthWeekday(year, 6, DayOfWeek.Monday, 2), year >= 2023 ? "King's Birthday" : "Queen's Birthday"));
        list.Add((GrandFinalFriday(year), "Friday before the AFL Grand Final"));
        list.Add((NthWeekday(year, 11, DayOfWeek.Tuesday, 1), "Melbourne Cup"));
        AddChristmas(list, year);
        list.AddRange(OneOffs.Where(o => o.Date.Year == year));
        return [.. list.OrderBy(h => h.Date)];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static DateOnly GrandFinalFriday(int year)
    {
        if (KnownGrandFinalFridays.TryGetValue(year, out var known))
            return known;
        var lastSaturday = new DateOnly(year, 9, 30);
        while (lastSaturday.DayOfWeek != DayOfWeek.Saturday)
            lastSaturday = lastSaturday.AddDays(-1);
        return lastSaturday.AddDays(-1);
    }

    private static void AddChristmas(List<(DateOnly, string)> list, int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        list.Add((christmas, "Christmas Day"));
        list.Add((boxing, "Boxing Day"));
        if (IsWeekend(christmas))
            list.Add((new DateOnly(year, 12, 27), "Christmas Day (additional day)"));
        if (IsWeekend(boxing))
            list.Add((new DateOnly(year, 12, 28), "Boxing Day (additional day)"));
    }

    private static void AddWithMondaySubstitute(List<(DateOnly, string)> list, DateOnly date, string name)
    {
        list.Add((date, name));
        if (IsWeekend(date))
            list.Add((MondayIfWeekend(date), $"{name} (additional day)"));
    }

    private static DateOnly MondayIfWeekend(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != weekday)
            day = day.AddDays(1);
        return day.AddDays(7 * (n - 1));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
