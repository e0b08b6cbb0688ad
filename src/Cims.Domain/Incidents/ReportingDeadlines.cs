using System.Globalization;
using Cims.Domain.Calendar;

namespace Cims.Domain.Incidents;

/// <summary>
/// When a report is due at the department, by the policy profile it was reported under
/// (domain reference §4.1–§4.2): E1 major within 24 clock hours of disclosure; E1 non-major in the
/// monthly batch (by the end of the 10th business day of the next month); E2 and E3 within 3
/// business days of becoming aware. Business days skip weekends and Victorian public holidays.
/// </summary>
public static class ReportingDeadlines
{
    public const int MonthlyBatchBusinessDay = 10;
    public const int BusinessDaysToReport = 3;
    public const int MajorReportHoursE1 = 24;

    private static readonly CultureInfo Australian = CultureInfo.GetCultureInfo("en-AU");

    public static Deadline For(PolicyProfile profile, ImpactLevel impact, DateTimeOffset awareAt, BusinessCalendar calendar, TimeZoneInfo zone)
    {
        if (profile == PolicyProfile.E1 && impact == ImpactLevel.Major)
            return new Deadline(awareAt.AddHours(MajorReportHoursE1), $"E1 policy: a major-impact incident is reported within {MajorReportHoursE1} hours of disclosure.");
        var awareDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(awareAt, zone).DateTime);
        if (profile == PolicyProfile.E1)
        {
            var monthEnd = new DateOnly(awareDay.Year, awareDay.Month, 1).AddMonths(1).AddDays(-1);
            var batchDay = calendar.AddBusinessDays(monthEnd, MonthlyBatchBusinessDay);
            return new Deadline(
                BusinessCalendar.EndOfBusinessDay(batchDay, zone),
                $"E1 policy: a non-major incident is submitted in the monthly batch for {awareDay.ToString("MMMM yyyy", Australian)}, " +
                $"by the end of the {MonthlyBatchBusinessDay}th business day of the next month ({Day(batchDay)}).");
        }

        var due = calendar.AddBusinessDays(awareDay, BusinessDaysToReport);
        return new Deadline(
            BusinessCalendar.EndOfBusinessDay(due, zone),
            $"{profile} policy: every incident is reported within {BusinessDaysToReport} business days of becoming aware " +
            $"(aware {Day(awareDay)}; due by the end of {Day(due)}; weekends and Victorian public holidays not counted).");
    }

    internal static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", Australian);
}
