using Cims.Domain.Calendar;
using Cims.Domain.Incidents;

namespace Cims.Domain.Tests.Incidents;

/// <summary>Reporting deadlines across weekends and Victorian public holidays, with fixed instants.</summary>
public sealed class ReportingDeadlinesTests
{
    private static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");
    private static readonly BusinessCalendar Calendar = new(VictorianHolidays.ForYears(2017, 2035).Select(h => h.Date));

    private static DateTimeOffset Local(int y, int m, int d, int h, int min) =>
        new(new DateTime(y, m, d, h, min, 0), Melbourne.GetUtcOffset(new DateTime(y, m, d, h, min, 0)));

    private static DateTimeOffset EndOfDay(int y, int m, int d) => Local(y, m, d, 23, 59).AddSeconds(59);

    [Fact]
    public void E1Major_24ClockHours_IgnoresTheWeekendAndHolidays()
    {
        var aware = Local(2018, 12, 24, 16, 30);

        var deadline = ReportingDeadlines.For(PolicyProfile.E1, ImpactLevel.Major, aware, Calendar, Melbourne);

        Assert.Equal(Local(2018, 12, 25, 16, 30), deadline.DueAt);
        Assert.Contains("24 hours", deadline.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void E3_ThreeBusinessDays_SkipsGoodFridayEasterMonday()
    {
        // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are holidays.
        var deadline = ReportingDeadlines.For(PolicyProfile.E3, ImpactLevel.Major, Local(2026, 4, 2, 10, 0), Calendar, Melbourne);

        Assert.Equal(EndOfDay(2026, 4, 9), deadline.DueAt);
        Assert.Contains("Thursday 9 April 2026", deadline.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void E3_ThreeBusinessDays_SkipsChristmasToNewYear()
    {
        // Wednesday 23 December 2026: Christmas Fri 25, Boxing Day Sat 26 (additional day Mon 28), New Year's Day Fri 1 Jan.
        var deadline = ReportingDeadlines.For(PolicyProfile.E3, ImpactLevel.NonMajor, Local(2026, 12, 23, 9, 0), Calendar, Melbourne);

        Assert.Equal(EndOfDay(2026, 12, 30), deadline.DueAt);
    }

    [Fact]
    public void E2_ThreeBusinessDays_SkipsMelbourneCupTuesday()
    {
        // Monday 4 November 2024; Melbourne Cup Day is Tuesday 5 November 2024.
        var deadline = ReportingDeadlines.For(PolicyProfile.E2, ImpactLevel.Major, Local(2024, 11, 4, 11, 0), Calendar, Melbourne);

        Assert.Equal(EndOfDay(2024, 11, 8), deadline.DueAt);
    }

    [Fact]
    public void E3_AwareOnFridayEvening_CountsFromMonday()
    {
        // Friday 20 November 2026, 10 pm: Mon 23, Tue 24, Wed 25.
        var deadline = ReportingDeadlines.For(PolicyProfile.E3, ImpactLevel.Major, Local(2026, 11, 20, 22, 0), Calendar, Melbourne);

        Assert.Equal(EndOfDay(2026, 11, 25), deadline.DueAt);
    }

    [Fact]
    public void E3_AwareLateAtNightUtcIsNextDayLocally_UsesTheMelbourneDate()
    {
        // 14:30 UTC on Sunday 22 November 2026 is 1:30 am Monday 23 November in Melbourne (AEDT, UTC+11).
        var aware = new DateTimeOffset(2026, 11, 22, 14, 30, 0, TimeSpan.Zero);

        var deadline = ReportingDeadlines.For(PolicyProfile.E3, ImpactLevel.Major, aware, Calendar, Melbourne);

        Assert.Equal(EndOfDay(2026, 11, 26), deadline.DueAt);
    }

    [Fact]
    public void E1NonMajor_MonthlyBatch_TenthBusinessDayOfNextMonthAfterNewYear()
    {
        // December 2018 batch: the 10th business day of January 2019, skipping New Year's Day (Tuesday 1 January).
        var deadline = ReportingDeadlines.For(PolicyProfile.E1, ImpactLevel.NonMajor, Local(2018, 12, 10, 9, 0), Calendar, Melbourne);

        Assert.Equal(EndOfDay(2019, 1, 15), deadline.DueAt);
        Assert.Contains("monthly batch for December 2018", deadline.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUp_Investigation_28BusinessDaysFromEndorsementAcrossEaster()
    {
        var endorsed = Local(2026, 3, 20, 15, 0);

        var due = FollowUpDeadlines.For(FollowUpAction.Investigation, endorsed, endorsed.AddDays(3), Calendar, Melbourne);

        // 28 business days after Fri 20 Mar 2026, skipping Good Friday 3 Apr and Easter Monday 6 Apr (Anzac Day is a Saturday): Fri 1 May.
        Assert.Equal(EndOfDay(2026, 5, 1), due!.DueAt);
    }

    [Fact]
    public void FollowUp_NoFurtherAction_HasNoDeadline()
    {
        Assert.Null(FollowUpDeadlines.For(FollowUpAction.NoFurtherAction, Local(2026, 1, 5, 9, 0), Local(2026, 1, 6, 9, 0), Calendar, Melbourne));
    }
}
