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
        var (days, from, fromText) = action switch
        {
            FollowUpAction.Investigation => (28, reportEndorsedAt, "endorsement of the incident report"),
            FollowUpAction.CaseReview => (21, decidedAt, "the follow-up decision"),
            FollowUpAction.InvestigationOutcomeCaseReview => (28, decidedAt, "the follow-up decision"),
            FollowUpAction.InvestigationOutcomeRca => (60, decidedAt, "the follow-up decision"),
            FollowUpAction.RcaReview => (60, decidedAt, "the follow-up decision"),
            _ => (0, decidedAt, ""),
        };
        if (days == 0)
            return null;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var due = calendar.AddBusinessDays(start, days);
        return new Deadline(
            BusinessCalendar.EndOfBusinessDay(due, zone),
            $"{action.Display()}: due {days} business days after {fromText} (by the end of {ReportingDeadlines.Day(due)}).");
    }
}
