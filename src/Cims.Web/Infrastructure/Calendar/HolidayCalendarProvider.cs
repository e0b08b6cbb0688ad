using Cims.Domain.Calendar;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Calendar;

/// <summary>
/// The business-day calendar built from the PublicHolidays table. Cached for a short time so deadline
/// calculations do not query holidays each time; holiday changes on this node clear the cache at once.
/// </summary>
public sealed class HolidayCalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private volatile CachedCalendar? _cached;

    public async Task<BusinessCalendar> GetAsync(CancellationToken ct)
    {
        var cached = _cached;
        if (cached is not null && clock.GetUtcNow() < cached.Expires)
            return cached.Calendar;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var dates = await db.PublicHolidays.AsNoTracking().Select(h => h.Date).Distinct().ToListAsync(ct);
        var calendar = new BusinessCalendar(dates);
        _cached = new CachedCalendar(calendar, clock.GetUtcNow() + CacheFor);
        return calendar;
    }

    /// <summary>Call after changing holidays so the next request reads them again.</summary>
    public void Invalidate() => _cached = null;

    private sealed record CachedCalendar(BusinessCalendar Calendar, DateTimeOffset Expires);
}
