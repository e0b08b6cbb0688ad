using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Privacy;

/// <summary>The one-business-day reporting rule: due by the end of the business day after disclosure (Melbourne).</summary>
public sealed class DisclosureClock(HolidayCalendarProvider calendars, TimeProvider clock)
{
    public const int BusinessDaysToReport = 1;

    /// <summary>When a report of an incident disclosed at <paramref name="disclosedAt"/> is due at the department.</summary>
    public async Task<DateTimeOffset> DueAsync(DateTimeOffset disclosedAt, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var day = DateOnly.FromDateTime(disclosedAt.ToMelbourne().DateTime);
        return calendar.Deadline(day, BusinessDaysToReport, MelbourneTime.Zone);
    }

    public async Task<bool> IsLateAsync(DateTimeOffset? disclosedAt, CancellationToken ct) =>
        disclosedAt is { } at && at <= clock.GetUtcNow() && clock.GetUtcNow() > await DueAsync(at, ct);
}
