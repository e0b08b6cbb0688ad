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

    /// <summary>
    /// Reads one page of a query counted a little earlier (counts shared for a short time, which rows may have joined or
    /// left since). The page asked for is read even where that count puts it out of range, so a row that came after the
    /// count is never hidden, and one row past the page tells whether there is a next. Only a page past both the count
    /// and the rows shows the last page by the count. The total is the count, or the rows seen when they are more.
    /// </summary>
    public static Task<PageOf<T>> ToPageCountedEarlierAsync<T>(this IQueryable<T> query, int? page, int countedEarlier, CancellationToken ct) =>
        query.ToPageCountedEarlierAsync(page, countedEarlier, (rows, token) => rows.ToListAsync(token), ct);

    /// <summary>
    /// As above, over a query of the rows' keys in order: <paramref name="rowsOf"/> reads the rows of the page's keys (a
    /// subquery, so keys and rows come in one round trip) and returns them in the keys' order.
    /// </summary>
    public static async Task<PageOf<TRow>> ToPageCountedEarlierAsync<TKey, TRow>(
        this IQueryable<TKey> orderedKeys, int? page, int countedEarlier, Func<IQueryable<TKey>, CancellationToken, Task<List<TRow>>> rowsOf, CancellationToken ct)
    {
        var counted = PagesOf(countedEarlier);
        var asked = Math.Clamp(page ?? 1, 1, MaxPage);
        var read = await rowsOf(orderedKeys.Skip((asked - 1) * PageSize).Take(PageSize + 1), ct);
        if (read.Count == 0 && asked > counted)
            return await orderedKeys.ToPageCountedEarlierAsync(counted, countedEarlier, rowsOf, ct);
        var total = Math.Max(countedEarlier, (asked - 1) * PageSize + read.Count);
        return new PageOf<TRow>(read.Take(PageSize).ToList(), asked, PagesOf(total), total);
    }

    /// <summary>The highest page number whose first row's offset is still an <see cref="int"/>.</summary>
    private const int MaxPage = int.MaxValue / PageSize;

    private static int PagesOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);
}
