using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Pdf;

/// <summary>The names a report prints in place of the ids and codes it stores.</summary>
public sealed record IncidentPdfNames(
    string Organisation, string? Area, string? Program, string? ServiceType, string? PrimaryType, string? SecondaryType,
    IReadOnlyDictionary<(string List, string Code), string> Options)
{
    private static readonly string[] Lists =
        [OptionLists.Sex, OptionLists.IndigenousStatus, OptionLists.ClientIdentifierType, OptionLists.DateAccuracy, OptionLists.ImmediateAction];

    /// <summary>The label of an option list code; the code itself when the list no longer has it.</summary>
    public string Option(string list, string? code) =>
        string.IsNullOrWhiteSpace(code) ? "—" : Options.TryGetValue((list, code), out var label) ? label : code;

    public static async Task<IncidentPdfNames> LoadAsync(CimsDbContext db, Incident incident, CancellationToken ct)
    {
        var service = incident.Service;
        var details = incident.Details;
        var organisation = await db.Organisations.Where(o => o.Id == incident.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        int? areaId = service?.AreaId, programId = service?.ProgramId, serviceTypeId = service?.ServiceTypeId;
        var area = await db.Areas.Where(a => a.Id == areaId).Select(a => a.Division!.Name + " – " + a.Name).FirstOrDefaultAsync(ct);
        var program = await db.Programs.Where(p => p.Id == programId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var serviceType = await db.ServiceTypes.Where(s => s.Id == serviceTypeId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        int?[] typeIds = [details?.PrimaryTypeId, details?.SecondaryTypeId];
        var types = await db.IncidentTypes.Where(t => typeIds.Contains((int?)t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var options = await db.OptionItems.Where(o => Lists.Contains(o.List)).Select(o => new { o.List, o.Code, o.Name }).ToListAsync(ct);
        return new IncidentPdfNames(
            organisation,
            area,
            program,
            serviceType,
            types.FirstOrDefault(t => t.Id == details?.PrimaryTypeId)?.Name,
            types.FirstOrDefault(t => t.Id == details?.SecondaryTypeId)?.Name,
            options.GroupBy(o => (o.List, o.Code)).ToDictionary(g => g.Key, g => g.First().Name));
    }
}
