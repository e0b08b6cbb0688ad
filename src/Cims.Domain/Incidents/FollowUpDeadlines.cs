using Cims.Domain.Calendar;

namespace Cims.Domain.Incidents;

/// <summary>
/// When the follow-up is due (domain reference §4.2, configurable defaults): investigation 28 business
/// days from endorsement of the report; case review 21, investigation outcome with case review 28,
/// investigation outcome with RCA and RCA review 60 business days from the follow-up decision.
/// </summary>
public static class FollowUpDeadlines
{
    public static Deadline? For(FollowUpAction action, DateTimeOffset reportEndorsedAt, DateTimeOffset decidedAt, BusinessCalendar calendar, TimeZoneInfo zone)
    {
        var days = BusinessDays(action);
        if (days == 0)
            return null;
        var from = action == FollowUpAction.Investigation ? reportEndorsedAt : decidedAt;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var due = calendar.AddBusinessDays(start, days);
        return new Deadline(
            BusinessCalendar.EndOfBusinessDay(due, zone),
            $"{action.Display()}: due {days} business days after {StartsFrom(action)} (by the end of {ReportingDeadlines.Day(due)}).");
    }

    /// <summary>The business days a follow-up has (0: no follow-up is due).</summary>
    public static int BusinessDays(FollowUpAction action) => action switch
    {
        FollowUpAction.Investigation => 28,
        FollowUpAction.CaseReview => 21,
        FollowUpAction.InvestigationOutcomeCaseReview => 28,
        FollowUpAction.InvestigationOutcomeRca => 60,
        FollowUpAction.RcaReview => 60,
        _ => 0,
    };

    /// <summary>The event a follow-up's business days are counted from.</summary>
    public static string StartsFrom(FollowUpAction action) =>
        action == FollowUpAction.Investigation ? "endorsement of the incident report" : "the follow-up decision";
}
