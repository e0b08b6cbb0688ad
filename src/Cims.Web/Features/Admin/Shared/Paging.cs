using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Shared;

/// <summary>What the pager partial needs to know about a page of results.</summary>
public interface IPaged
{
    int Page { get; }

    int TotalPages { get; }

    int TotalCount { get; }
}

/// <summary>One page of a list, counted and cut on the server.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int TotalPages, int TotalCount) : IPaged;

public static class Paging
{
    public const int PageSize = 25;

    /// <summary>Counts the query and reads one page of it; a page number out of range shows the nearest page.</summary>
    public static async Task<PageOf<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pages);
        var items = await query.Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PageOf<T>(items, current, pages, total);
    }
}
