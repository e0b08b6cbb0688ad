using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Shared;

/// <summary>
/// The reference values the report forms offer (the client incident and the privacy report): only those valid today, and
/// only the organisation's areas and service types. Kept by the node for a short time (<see cref="ReferenceCache"/>).
/// </summary>
public sealed class ReportChoices(CimsDbContext db, TimeProvider clock, ReferenceCache cache)
{
    public Task<IReadOnlyList<Choice>> AreasAsync(int organisationId, CancellationToken ct) =>
        cache.GetAsync("areas", (organisationId, clock.Today()), () => ReadAreasAsync(organisationId, ct));

    public Task<IReadOnlyList<ServiceTypeChoice>> ServiceTypesAsync(int organisationId, CancellationToken ct) =>
        cache.GetAsync("service-types", (organisationId, clock.Today()), () => ReadServiceTypesAsync(organisationId, ct));

    public Task<IReadOnlyList<IncidentTypeChoice>> IncidentTypesAsync(CancellationToken ct) =>
        cache.GetAsync("incident-types", clock.Today(), () => ReadIncidentTypesAsync(ct));

    /// <summary>An option list's values valid today, as (code, label).</summary>
    public Task<IReadOnlyList<Choice>> OptionsAsync(string list, CancellationToken ct) =>
        cache.GetAsync("options", (list, clock.Today()), () => ReadOptionsAsync(list, ct));

    private async Task<IReadOnlyList<Choice>> ReadAreasAsync(int organisationId, CancellationToken ct)
    {
        var all = await IsDepartmentAsync(organisationId, ct);
        var ids = await db.Organisations.Where(o => o.Id == organisationId).SelectMany(o => o.Areas).Select(a => a.AreaId).ToListAsync(ct);
        var rows = await db.Areas.AsNoTracking().Where(ReferenceFilters.ValidOn<Area>(clock.Today())).Where(a => all || ids.Contains(a.Id))
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.SortOrder)
            .Select(a => new { a.Id, Division = a.Division!.Name, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => new Choice(Key(a.Id), Area.Label(a.Division, a.Name)))];
    }

    private async Task<IReadOnlyList<ServiceTypeChoice>> ReadServiceTypesAsync(int organisationId, CancellationToken ct)
    {
        var all = await IsDepartmentAsync(organisationId, ct);
        var ids = await db.Organisations.Where(o => o.Id == organisationId).SelectMany(o => o.ServiceTypes).Select(s => s.ServiceTypeId).ToListAsync(ct);
        var today = clock.Today();
        return await db.ServiceTypes.AsNoTracking().Where(ReferenceFilters.ValidOn<ServiceType>(today)).Where(s => all || ids.Contains(s.Id))
            .Where(s => (s.Program!.ValidFrom == null || s.Program.ValidFrom <= today) && (s.Program.ValidTo == null || s.Program.ValidTo >= today))
            .OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.SortOrder)
            .Select(s => new ServiceTypeChoice(s.Id, s.Name, s.ProgramId, s.Program!.Name)).ToListAsync(ct);
    }

    /// <summary>The department delivers services in every area and program, so it is offered all of them.</summary>
    private Task<bool> IsDepartmentAsync(int organisationId, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == OrganisationKind.Department, ct);

    private async Task<IReadOnlyList<IncidentTypeChoice>> ReadIncidentTypesAsync(CancellationToken ct) =>
        await db.IncidentTypes.AsNoTracking().Where(ReferenceFilters.ValidOn<IncidentType>(clock.Today()))
            .OrderBy(t => t.Category!.SortOrder).ThenBy(t => t.SortOrder)
            .Select(t => new IncidentTypeChoice(t.Id, t.Name, t.Category!.Name, t.IsAbuseType)).ToListAsync(ct);

    private async Task<IReadOnlyList<Choice>> ReadOptionsAsync(string list, CancellationToken ct) =>
        await db.OptionItems.AsNoTracking().Where(ReferenceFilters.ValidOn<OptionItem>(clock.Today())).Where(o => o.List == list)
            .OrderBy(o => o.SortOrder).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct);

    /// <summary>Every label of an option list, retired ones included (for showing saved values).</summary>
    public async Task<Dictionary<string, string>> LabelsAsync(string list, CancellationToken ct) =>
        await db.OptionItems.AsNoTracking().Where(o => o.List == list).ToDictionaryAsync(o => o.Code, o => o.Name, ct);

    public async Task<string> OrganisationNameAsync(int organisationId, CancellationToken ct) =>
        await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);

    public static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
