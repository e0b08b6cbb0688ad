using System.Security.Claims;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>An area with its division, for the filter's grouped list.</summary>
public sealed record AreaOption(int Id, int DivisionId, string Division, string Name);

/// <summary>
/// The names the dashboards show in place of ids, and the filters' choices: every value, retired ones too (old
/// incidents use them). Organisations are only those the user may see.
/// </summary>
public sealed record AnalysisLookups(
    IReadOnlyDictionary<int, string> Divisions,
    IReadOnlyList<AreaOption> Areas,
    IReadOnlyDictionary<int, string> Programs,
    IReadOnlyDictionary<int, string> ServiceTypes,
    IReadOnlyDictionary<int, string> IncidentTypes,
    IReadOnlyDictionary<int, string> Organisations)
{
    public static string Name(IReadOnlyDictionary<int, string> names, int id) => names.TryGetValue(id, out var name) ? name : $"Unknown ({id})";

    public string AreaName(int id) => Areas.FirstOrDefault(a => a.Id == id) is { } area ? $"{area.Division} – {area.Name}" : $"Unknown ({id})";

    /// <summary>The names for this user: every organisation for the department, else their own.</summary>
    public static Task<AnalysisLookups> ForAsync(CimsDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        LoadAsync(db, AnalysisScope.SeesEveryOrganisation(user) ? null : user.OrganisationId(), ct);

    public static async Task<AnalysisLookups> LoadAsync(CimsDbContext db, int? onlyOrganisation, CancellationToken ct)
    {
        var divisions = await db.Divisions.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking()
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.Division!.Name).ThenBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new AreaOption(a.Id, a.DivisionId, a.Division!.Name, a.Name)).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var serviceTypes = await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var types = await db.IncidentTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind != OrganisationKind.Department && (onlyOrganisation == null || o.Id == onlyOrganisation))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return new AnalysisLookups(
            divisions.ToDictionary(d => d.Id, d => d.Name), areas, programs.ToDictionary(p => p.Id, p => p.Name),
            serviceTypes.ToDictionary(s => s.Id, s => s.Name), types.ToDictionary(t => t.Id, t => t.Name),
            organisations.ToDictionary(o => o.Id, o => o.Name));
    }
}
