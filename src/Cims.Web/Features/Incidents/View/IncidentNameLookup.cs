using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

/// <summary>Reads the names of the area, program, service type, incident types and option codes an incident uses.</summary>
public static class IncidentNameLookup
{
    private static readonly string[] Lists =
    [
        OptionLists.DateAccuracy, OptionLists.ImmediateAction, OptionLists.Sex, OptionLists.IndigenousStatus,
        OptionLists.ClientIdentifierType,
    ];

    public static async Task<IncidentNames> LoadAsync(CimsDbContext db, Incident incident, CancellationToken ct)
    {
        var s = incident.Service;
        var area = s is null ? null : await db.Areas.Where(a => a.Id == s.AreaId).Select(a => a.Name).SingleOrDefaultAsync(ct);
        var program = s is null ? null : await db.Programs.Where(p => p.Id == s.ProgramId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        var serviceType = s is null ? null : await db.ServiceTypes.Where(t => t.Id == s.ServiceTypeId).Select(t => t.Name).SingleOrDefaultAsync(ct);
        var typeIds = new[] { incident.Details?.PrimaryTypeId, incident.Details?.SecondaryTypeId }.OfType<int>().ToList();
        var types = await db.IncidentTypes.Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var options = await db.OptionItems.AsNoTracking().Where(o => Lists.Contains(o.List))
            .Select(o => new { o.List, o.Code, o.Name }).ToListAsync(ct);
        return new IncidentNames(
            area, program, serviceType,
            Name(types, incident.Details?.PrimaryTypeId), Name(types, incident.Details?.SecondaryTypeId),
            options.GroupBy(o => $"{o.List}:{o.Code}").ToDictionary(g => g.Key, g => g.First().Name));
    }

    private static string? Name(Dictionary<int, string> types, int? id) => id is { } key && types.TryGetValue(key, out var name) ? name : null;
}
