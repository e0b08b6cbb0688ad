using System.Globalization;
using Cims.Domain.Calendar;

namespace Cims.Domain.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    private static readonly BusinessCalendar Victoria =
        new(VictorianHolidays.ForYears(2025, 2028).Select(h => h.Date));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2026, 4, 2, true)] // Thursday before Easter
    [InlineData(2026, 4, 3, false)] // Good Friday
    [InlineData(2026, 4, 6, false)] // Easter Monday
    [InlineData(2026, 4, 7, true)]
    [InlineData(2026, 11, 3, false)] // Melbourne Cup
    [InlineData(2026, 3, 14, false)] // Saturday
    [InlineData(2026, 3, 15, false)] // Sunday
    [InlineData(2026, 12, 28, false)] // Boxing Day (additional day)
    public void IsBusinessDay_Day_ExcludesWeekendsAndHolidays(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Victoria.IsBusinessDay(D(year, month, day)));

    [Fact]
    public void IsBusinessDay_NoHolidaysGiven_GoodFridayIsABusinessDay() =>
        Assert.True(new BusinessCalendar([]).IsBusinessDay(D(2026, 4, 3)));

    [Theory]
    [InlineData("2026-04-02", 0, "2026-04-02")] // day 0 is the start itself
    [InlineData("2026-04-02", 1, "2026-04-07")] // across Good Friday, the weekend and Easter Monday
    [InlineData("2026-04-01", 2, "2026-04-07")]
    [InlineData("2026-12-24", 1, "2026-12-29")] // Christmas, weekend, Boxing Day additional day
    [InlineData("2026-12-24", 4, "2027-01-04")] // and New Year's Day
    [InlineData("2026-11-02", 1, "2026-11-04")] // Melbourne Cup Tuesday
    [InlineData("2026-03-13", 1, "2026-03-16")] // Friday to Monday
    [InlineData("2026-03-14", 1, "2026-03-16")] // day 0 on a Saturday
    [InlineData("2026-03-06", 1, "2026-03-10")] // weekend then Labour Day
    [InlineData("2026-03-16", 5, "2026-03-23")]
    [InlineData("2026-03-16", 10, "2026-03-30")]
    public void AddBusinessDays_Start_ReturnsNthBusinessDayAfter(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Victoria.AddBusinessDays(DateOnly.Parse(start, CultureInfo.InvariantCulture), days));

    [Fact]
    public void AddBusinessDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Victoria.AddBusinessDays(D(2026, 4, 2), -1));

    [Theory]
    [InlineData("2026-04-02", "2026-04-07", 1)]
    [InlineData("2026-04-07", "2026-04-02", -1)]
    [InlineData("2026-04-02", "2026-04-02", 0)]
    [InlineData("2026-04-03", "2026-04-06", 0)]
    [InlineData("2026-12-24", "2027-01-04", 4)]
    public void BusinessDaysBetween_TwoDays_CountsBusinessDaysAfterStartUpToEnd(string start, string end, int expected) =>
        Assert.Equal(expected, Victoria.BusinessDaysBetween(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)));

    [Fact]
    public void BusinessDaysBetween_AddBusinessDaysResult_RoundTrips()
    {
        for (var start = D(2026, 1, 1); start < D(2027, 1, 31); start = start.AddDays(1))
        {
            foreach (var n in new[] { 0, 1, 3, 10, 20 })
                Assert.Equal(n, Victoria.BusinessDaysBetween(start, Victoria.AddBusinessDays(start, n)));
        }
    }

    [Theory]
    [InlineData("2026-04-04", "2026-04-04T12:59:59Z")] // Saturday: still daylight saving (+11)
    [InlineData("2026-04-05", "2026-04-05T13:59:59Z")] // daylight saving ended at 3 am (+10)
    [InlineData("2026-10-03", "2026-10-03T13:59:59Z")] // standard time (+10)
    [InlineData("2026-10-04", "2026-10-04T12:59:59Z")] // daylight saving began at 2 am (+11)
    [InlineData("2026-07-15", "2026-07-15T13:59:59Z")]
    [InlineData("2026-12-29", "2026-12-29T12:59:59Z")]
    public void EndOfBusinessDay_MelbourneDay_Returns235959LocalAsUtc(string day, string expectedUtc)
    {
        var end = BusinessCalendar.EndOfBusinessDay(DateOnly.Parse(day, CultureInfo.InvariantCulture), Melbourne);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
        Assert.Equal(new TimeOnly(23, 59, 59), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, Melbourne).DateTime));
    }

    [Fact]
    public void Deadline_ThreeBusinessDaysFromThursdayBeforeEaster_EndOfThursdayAfter()
    {
        var deadline = Victoria.Deadline(D(2026, 4, 2), 3, Melbourne);

        Assert.Equal(new DateTimeOffset(2026, 4, 9, 13, 59, 59, TimeSpan.Zero), deadline);
    }
}
