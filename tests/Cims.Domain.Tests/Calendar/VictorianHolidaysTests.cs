using Cims.Domain.Calendar;

namespace Cims.Domain.Tests.Calendar;

/// <summary>Checked against the dates the Victorian Government published for each year.</summary>
public sealed class VictorianHolidaysTests
{
    public static TheoryData<int, string[]> PublishedYears => new()
    {
        { 2018, ["01-01", "01-26", "03-12", "03-30", "03-31", "04-01", "04-02", "04-25", "06-11", "09-28", "11-06", "12-25", "12-26"] },
        { 2020, ["01-01", "01-27", "03-09", "04-10", "04-11", "04-12", "04-13", "04-25", "06-08", "10-23", "11-03", "12-25", "12-26", "12-28"] },
        { 2021, ["01-01", "01-26", "03-08", "04-02", "04-03", "04-04", "04-05", "04-25", "06-14", "09-24", "11-02", "12-25", "12-26", "12-27", "12-28"] },
        { 2022, ["01-01", "01-03", "01-26", "03-14", "04-15", "04-16", "04-17", "04-18", "04-25", "06-13", "09-22", "09-23", "11-01", "12-25", "12-26", "12-27"] },
        { 2023, ["01-01", "01-02", "01-26", "03-13", "04-07", "04-08", "04-09", "04-10", "04-25", "06-12", "09-29", "11-07", "12-25", "12-26"] },
        { 2024, ["01-01", "01-26", "03-11", "03-29", "03-30", "03-31", "04-01", "04-25", "06-10", "09-27", "11-05", "12-25", "12-26"] },
        { 2025, ["01-01", "01-27", "03-10", "04-18", "04-19", "04-20", "04-21", "04-25", "06-09", "09-26", "11-04", "12-25", "12-26"] },
        { 2026, ["01-01", "01-26", "03-09", "04-03", "04-04", "04-05", "04-06", "04-25", "06-08", "09-25", "11-03", "12-25", "12-26", "12-28"] },
        { 2027, ["01-01", "01-26", "03-08", "03-26", "03-27", "03-28", "03-29", "04-25", "06-14", "09-24", "11-02", "12-25", "12-26", "12-27", "12-28"] },
    };

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void ForYear_PublishedYear_MatchesPublishedDates(int year, string[] monthDays)
    {
        var expected = monthDays.Select(md => DateOnly.ParseExact($"{year}-{md}", "yyyy-MM-dd")).ToList();

        var actual = VictorianHolidays.ForYear(year).Select(h => h.Date).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYear_ReturnsPublishedDate(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), VictorianHolidays.EasterSunday(year));

    [Fact]
    public void ForYear_AustraliaDayOnSunday_MovesToMondayOnly()
    {
        var holidays = VictorianHolidays.ForYear(2025);

        Assert.Contains((new DateOnly(2025, 1, 27), "Australia Day"), holidays);
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(2025, 1, 26));
    }

    [Theory]
    [InlineData(2022, 3)]
    [InlineData(2023, 2)]
    public void ForYear_NewYearsDayOnWeekend_AddsMonday(int year, int mondayDay)
    {
        var holidays = VictorianHolidays.ForYear(year);

        Assert.Contains((new DateOnly(year, 1, 1), "New Year's Day"), holidays);
        Assert.Contains((new DateOnly(year, 1, mondayDay), "New Year's Day (additional day)"), holidays);
    }

    [Fact]
    public void ForYear_ChristmasOnSunday_AddsTuesdayNotSecondMonday()
    {
        var december = VictorianHolidays.ForYear(2022).Where(h => h.Date.Month == 12).ToList();

        Assert.Equal([25, 26, 27], december.Select(h => h.Date.Day));
        Assert.Equal("Christmas Day (additional day)", december.Single(h => h.Date.Day == 27).Name);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2027)]
    public void ForYear_ChristmasOnSaturday_AddsMondayAndTuesday(int year)
    {
        var holidays = VictorianHolidays.ForYear(year);

        Assert.Contains((new DateOnly(year, 12, 27), "Christmas Day (additional day)"), holidays);
        Assert.Contains((new DateOnly(year, 12, 28), "Boxing Day (additional day)"), holidays);
    }

    [Theory]
    [InlineData(2018, 6)]
    [InlineData(2022, 1)]
    [InlineData(2026, 3)]
    [InlineData(2030, 5)]
    public void ForYear_MelbourneCup_IsFirstTuesdayOfNovember(int year, int day)
    {
        var cup = VictorianHolidays.ForYear(year).Single(h => h.Name == "Melbourne Cup");

        Assert.Equal(new DateOnly(year, 11, day), cup.Date);
        Assert.Equal(DayOfWeek.Tuesday, cup.Date.DayOfWeek);
    }

    [Theory]
    [InlineData(2022, "Queen's Birthday")]
    [InlineData(2023, "King's Birthday")]
    [InlineData(2026, "King's Birthday")]
    public void ForYear_SovereignsBirthday_NamedForTheReigningMonarch(int year, string name)
    {
        var holiday = VictorianHolidays.ForYear(year).Single(h => h.Date.Month == 6);

        Assert.Equal(name, holiday.Name);
        Assert.Equal(DayOfWeek.Monday, holiday.Date.DayOfWeek);
    }

    [Fact]
    public void ForYear_2022_IncludesNationalDayOfMourning() =>
        Assert.Contains((new DateOnly(2022, 9, 22), "National Day of Mourning"), VictorianHolidays.ForYear(2022));

    [Fact]
    public void ForYear_2020_GrandFinalFridayInOctober() =>
        Assert.Contains((new DateOnly(2020, 10, 23), "Friday before the AFL Grand Final"), VictorianHolidays.ForYear(2020));

    [Fact]
    public void ForYear_AnzacDayOnWeekend_HasNoSubstitute()
    {
        var april = VictorianHolidays.ForYear(2026).Where(h => h.Date.Month == 4 && h.Date.Day > 6);

        Assert.Equal([new DateOnly(2026, 4, 25)], april.Select(h => h.Date));
    }

    [Fact]
    public void ForYears_Range_NamesUniquePerDateAndEveryYearCovered()
    {
        var holidays = VictorianHolidays.ForYears(2017, 2100).ToList();

        Assert.Equal(holidays.Count, holidays.Distinct().Count());
        Assert.All(Enumerable.Range(2017, 84), y => Assert.Contains(holidays, h => h.Date.Year == y && h.Name == "Good Friday"));
    }
}
