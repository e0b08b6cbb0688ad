using Cims.Domain.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>The filters every page over the audit log shares: Melbourne days typed as DD/MM/YYYY, newest first.</summary>
public static class AuditQueries
{
    /// <summary>Entries from the start of the day <paramref name="from"/> to the end of the day <paramref name="to"/>; a blank or unreadable day is no limit.</summary>
    public static IQueryable<AuditEntry> OnDays(this IQueryable<AuditEntry> query, string? from, string? to)
    {
        if (AustralianDate.ParseOrNull(from) is { } first)
        {
            var start = MelbourneTime.StartOfDay(first);
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (AustralianDate.ParseOrNull(to) is { } last)
        {
            var end = MelbourneTime.StartOfDay(last.AddDays(1));
            query = query.Where(a => a.OccurredAt < end);
        }

        return query;
    }

    public static IOrderedQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> query) =>
        query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);
}
