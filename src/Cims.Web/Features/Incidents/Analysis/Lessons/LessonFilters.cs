namespace Cims.Web.Features.Incidents.Analysis.Lessons;

/// <summary>What the library is searched by: the incident's type and a contributing factor.</summary>
public sealed record LessonFilters
{
    public int? TypeId { get; init; }

    public string? Factor { get; init; }

    public int? Page { get; init; }

    public string Query(int? page = null)
    {
        var pairs = new List<string>();
        if (TypeId is { } type)
            pairs.Add($"TypeId={type}");
        if (!string.IsNullOrWhiteSpace(Factor))
            pairs.Add($"Factor={Uri.EscapeDataString(Factor)}");
        if (page is > 1)
            pairs.Add($"Page={page}");
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }
}
