using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

public sealed record OrganisationUserRow(string Id, string DisplayName, string? Email, bool IsActive);

public sealed record OrganisationDetails(
    int Id, string Name, string? Abn, OrganisationKind Kind, bool IsActive, DateTimeOffset CreatedAt,
    IReadOnlyList<string> Areas, IReadOnlyList<string> ServiceTypes, IReadOnlyList<OrganisationUserRow> Users)
{
    public bool CanDeactivate => IsActive && Kind != OrganisationKind.Department;
}

/// <summary>Reads one organisation for its details page and its edit form.</summary>
public sealed class GetOrganisation(CimsDbContext db, LoadOrganisationChoices choices)
{
    public async Task<OrganisationDetails?> DetailsAsync(int id, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
            return null;
        var areaIds = o.Areas.Select(a => a.AreaId).ToList();
        var typeIds = o.ServiceTypes.Select(s => s.ServiceTypeId).ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id))
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.SortOrder)
            .Select(a => Area.Label(a.Division!.Name, a.Name)).ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().Where(s => typeIds.Contains(s.Id))
            .OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.SortOrder)
            .Select(s => s.Program!.Name + ": " + s.Name).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == id).OrderBy(u => u.DisplayName)
            .Select(u => new OrganisationUserRow(u.Id, u.DisplayName, u.Email, u.IsActive)).ToListAsync(ct);
        return new OrganisationDetails(o.Id, o.Name, o.Abn, o.Kind, o.IsActive, o.CreatedAt, areas, types, users);
    }

    public async Task<OrganisationForm?> FormAsync(int id, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
            return null;
        return new OrganisationForm
        {
            Name = o.Name,
            Abn = o.Abn,
            Kind = o.Kind,
            NamedInLessons = o.NamedInLessons,
            AreaIds = [.. o.Areas.Select(a => a.AreaId)],
            ServiceTypeIds = [.. o.ServiceTypes.Select(s => s.ServiceTypeId)],
            Version = o.Version,
            Choices = await choices.RunAsync(ct),
        };
    }

    public async Task<Guid?> VersionAsync(int id, CancellationToken ct) =>
        await db.Organisations.Where(o => o.Id == id).Select(o => (Guid?)o.Version).SingleOrDefaultAsync(ct);
}
