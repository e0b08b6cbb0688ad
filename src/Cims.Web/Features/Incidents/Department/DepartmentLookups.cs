using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Cims.Web.Features.Incidents.Department;

public sealed record AreaChoice(int Id, string Division, string Name)
{
    public string Label => Area.Label(Division, Name);
}

/// <summary>
/// The names the department list shows in place of ids: small reference lists that rarely change, kept in this node's
/// memory for a minute (<see cref="Lifetime"/>). A page that meets an id they lack reads them again at once, so a new
/// organisation, area, program or type never shows as "—"; a rename shows within the minute on every node.
/// </summary>
public sealed record DepartmentLookups(
    IReadOnlyList<AreaChoice> Areas,
    IReadOnlyDictionary<int, string> Organisations,
    IReadOnlyDictionary<int, string> Programs,
    IReadOnlyDictionary<int, string> IncidentTypes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private static readonly object CacheKey = new();

    public string AreaName(int? id) => Areas.FirstOrDefault(a => a.Id == id)?.Label ?? "—";

    public static string Name(IReadOnlyDictionary<int, string> names, int? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : "—";

    /// <summary>True when every id of <paramref name="rows"/> has its name here.</summary>
    public bool Covers(IEnumerable<DepartmentIncidentRow> rows) => rows.All(r =>
        Organisations.ContainsKey(r.OrganisationId)
        && (r.AreaId is not { } area || Areas.Any(a => a.Id == area))
        && (r.ProgramId is not { } program || Programs.ContainsKey(program))
        && (r.PrimaryTypeId is not { } type || IncidentTypes.ContainsKey(type)));

    /// <summary>The names from this node's memory, read from the database when older than <see cref="Lifetime"/> or when <paramref name="fresh"/>.</summary>
    public static async Task<DepartmentLookups> CachedAsync(CimsDbContext db, IMemoryCache cache, bool fresh, CancellationToken ct)
    {
        if (!fresh && cache.TryGetValue(CacheKey, out DepartmentLookups? kept) && kept is not null)
            return kept;
        var lookups = await LoadAsync(db, ct);
        cache.Set(CacheKey, lookups, Lifetime);
        return lookups;
    }

    /// <summary>Every value, including retired ones: old incidents still use them.</summary>
    public static async Task<DepartmentLookups> LoadAsync(CimsDbContext db, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking()
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.Division!.Name).ThenBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new AreaChoice(a.Id, a.Division!.Name, a.Name)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Department)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var types = await db.IncidentTypes.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return new DepartmentLookups(
            areas,
            organisations.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToDictionary(o => o.Id, o => o.Name),
            programs.ToDictionary(p => p.Id, p => p.Name),
            types.ToDictionary(t => t.Id, t => t.Name));
    }
}
