using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Batch;

/// <summary>
/// Calendar months in Melbourne time: an E1 non-major incident endorsed in a month goes in the batch
/// that runs once that month has ended.
/// </summary>
public static class MonthlyBatchSchedule
{
    /// <summary>Midnight (Melbourne) at the start of the month <paramref name="now"/> falls in.</summary>
    public static DateTimeOffset StartOfMonth(DateTimeOffset now)
    {
        var local = now.ToMelbourne();
        return AtMidnight(new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }

    /// <summary>Midnight (Melbourne) at the start of the next month: the batch of this month runs from then.</summary>
    public static DateTimeOffset StartOfNextMonth(DateTimeOffset now)
    {
        var local = now.ToMelbourne();
        return AtMidnight(new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1));
    }

    /// <summary>As a UTC instant: stored and compared in UTC on every provider.</summary>
    private static DateTimeOffset AtMidnight(DateTime local) => new DateTimeOffset(local, MelbourneTime.Zone.GetUtcOffset(local)).ToUniversalTime();
}
