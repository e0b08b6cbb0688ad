using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Reference;

public sealed record ReferenceValue(int Id, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record AreaValue(int Id, string Name, string Division, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record ServiceTypeValue(int Id, string Name, int ProgramId, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record IncidentTypeValue(int Id, string Name, string Category, bool IsAbuseType, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record OptionValue(string Code, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>
/// Every reference value a report names, retired ones included, with the dates it is valid: areas, programs, service
/// types and incident types by id, option lists by code. The ids of the areas and service types the caller's
/// organisation may report under are listed apart (a report naming another is refused).
/// </summary>
public sealed record ReferenceData(
    IReadOnlyList<AreaValue> Areas, IReadOnlyList<ReferenceValue> Programs, IReadOnlyList<ServiceTypeValue> ServiceTypes,
    IReadOnlyList<IncidentTypeValue> IncidentTypes, IReadOnlyDictionary<string, IReadOnlyList<OptionValue>> OptionLists,
    IReadOnlyList<int> OrganisationAreaIds, IReadOnlyList<int> OrganisationServiceTypeIds);

/// <summary>Reads the reference data a provider system maps its codes to.</summary>
public sealed class GetReference(CimsDbContext db)
{
    public async Task<ReferenceData> RunAsync(ClaimsPrincipal client, CancellationToken ct)
    {
        var organisationId = client.OrganisationId();
        var options = await db.OptionItems.AsNoTracking().OrderBy(o => o.List).ThenBy(o => o.SortOrder)
            .Select(o => new { o.List, Value = new OptionValue(o.Code, o.Name, o.ValidFrom, o.ValidTo) }).ToListAsync(ct);
        return new ReferenceData(
            await db.Areas.AsNoTracking().OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.SortOrder)
                .Select(a => new AreaValue(a.Id, a.Name, a.Division!.Name, a.ValidFrom, a.ValidTo)).ToListAsync(ct),
            await db.Programs.AsNoTracking().OrderBy(p => p.SortOrder)
                .Select(p => new ReferenceValue(p.Id, p.Name, p.ValidFrom, p.ValidTo)).ToListAsync(ct),
            await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.SortOrder)
                .Select(s => new ServiceTypeValue(s.Id, s.Name, s.ProgramId, s.ValidFrom, s.ValidTo)).ToListAsync(ct),
            await db.IncidentTypes.AsNoTracking().OrderBy(t => t.Category!.SortOrder).ThenBy(t => t.SortOrder)
                .Select(t => new IncidentTypeValue(t.Id, t.Name, t.Category!.Name, t.IsAbuseType, t.ValidFrom, t.ValidTo)).ToListAsync(ct),
            options.GroupBy(o => o.List).ToDictionary(g => g.Key, g => (IReadOnlyList<OptionValue>)[.. g.Select(o => o.Value)], StringComparer.Ordinal),
            await db.Organisations.Where(o => o.Id == organisationId).SelectMany(o => o.Areas).Select(a => a.AreaId).OrderBy(id => id).ToListAsync(ct),
            await db.Organisations.Where(o => o.Id == organisationId).SelectMany(o => o.ServiceTypes).Select(s => s.ServiceTypeId).OrderBy(id => id).ToListAsync(ct));
    }
}
