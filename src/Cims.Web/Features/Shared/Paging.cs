using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Shared;

/// <summary>Lists read a page at a time.</summary>
public static class Paging
{
    public const int PageSize = 25;

    /// <summary>Counts the query and reads one page of it; a page number out of range shows the nearest page.</summary>
    public static async Task<PageOf<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, CancellationToken ct) =>
        await query.ToPageAsync(page, await query.CountAsync(ct), ct);

    /// <summary>
    /// Reads one page of a query whose size the caller already knows (a list that counts its rows in a summary it shows
    /// anyway), without counting it again; a page number out of range shows the nearest page.
    /// </summary>
    public static async Task<PageOf<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int total, CancellationToken ct)
    {
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pages);
        var items = total == 0 ? [] : await query.Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PageOf<T>(items, current, pages, total);
    }
}
