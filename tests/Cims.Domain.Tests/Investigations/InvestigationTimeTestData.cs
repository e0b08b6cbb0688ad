using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Tests.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Investigations;

/// <summary>Investigations due on a chosen Melbourne day, the Victorian calendar, and instants in Melbourne time.</summary>
internal static class InvestigationTimeTestData
{
    public static readonly Actor Department = new("u-dept", "Sam Staff");

    public static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    public static readonly InvestigationTimeRules Rules = new(
        new BusinessCalendar(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date)), Melbourne, InvestigationTimeRules.DefaultMaxExtensionBusinessDays);

    /// <summary>10:00 in Melbourne on the day.</summary>
    public static DateTimeOffset At(int year, int month, int day) =>
        new DateTimeOffset(new DateTime(year, month, day, 10, 0, 0), Melbourne.GetUtcOffset(new DateTime(year, month, day, 10, 0, 0))).ToUniversalTime();

    /// <summary>An investigation (plan in preparation) due at the end of <paramref name="due"/>.</summary>
    public static Investigation DueOn(DateOnly due)
    {
        var incident = Complete().Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now))
            .Then(i => i.DetermineFollowUp(FollowUpAction.Investigation, new Deadline(Rules.EndOf(due), "28 business days"), InvestigationTestData.Staff, "By rule", Now));
        return Investigation.Open(incident, InvestigationTestData.Alex, Endorser, Now).MustSucceed();
    }

    public static DateOnly DueDay(this Investigation investigation) => Rules.Day(investigation.DueAt!.Value);
}
