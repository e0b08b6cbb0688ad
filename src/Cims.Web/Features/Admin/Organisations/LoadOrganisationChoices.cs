using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>The areas (by division) and service types (by program) that can be chosen today.</summary>
public sealed class LoadOrganisationChoices(CimsDbContext db, TimeProvider clock)
{
    public async Task<OrganisationChoices> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var areas = await db.Areas.AsNoTracking()
            .Where(ReferenceFilters.ValidOn<Area>(today))
            .Where(a => (a.Division!.ValidFrom == null || a.Division.ValidFrom <= today) && (a.Division.ValidTo == null || a.Division.ValidTo >= today))
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.Division!.Name).ThenBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { Group = a.Division!.Name, a.Id, a.Name })
            .ToListAsync(ct);
        var serviceTypes = await db.ServiceTypes.AsNoTracking()
            .Where(ReferenceFilters.ValidOn<ServiceType>(today))
            .Where(s => (s.Program!.ValidFrom == null || s.Program.ValidFrom <= today) && (s.Program.ValidTo == null || s.Program.ValidTo >= today))
            .OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.Program!.Name).ThenBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new { Group = s.Program!.Name, s.Id, s.Name })
            .ToListAsync(ct);
        return new OrganisationChoices(
            [.. areas.GroupBy(a => a.Group).Select(g => new CheckboxGroup(g.Key, [.. g.Select(a => new CheckboxOption(a.Id, Area.Label(g.Key, a.Name)))]))],
            [.. serviceTypes.GroupBy(s => s.Group).Select(g => new CheckboxGroup(g.Key, [.. g.Select(s => new CheckboxOption(s.Id, s.Name))]))]);
    }
}
