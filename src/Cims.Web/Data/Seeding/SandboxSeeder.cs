using Cims.Domain.Organisations;
using Cims.Web.Features.Api.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data.Seeding;

/// <summary>
/// The API sandbox organisation, in every environment: created when missing, and kept in every area and service type
/// so a vendor can post any incident type and program (docs/adr/0038-the-api-sandbox.md). Gives its id.
/// </summary>
public sealed class SandboxSeeder(CimsDbContext db, TimeProvider clock)
{
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sandbox = await db.Organisations.IgnoreQueryFilters()
            .Where(o => o.Kind == OrganisationKind.Sandbox).OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (sandbox is null)
        {
            sandbox = Organisation.Create(SandboxClients.OrganisationName, null, OrganisationKind.Sandbox, clock.GetUtcNow());
            db.Organisations.Add(sandbox);
        }

        var areas = await db.Areas.Select(a => a.Id).ToListAsync(ct);
        if (areas.Except(sandbox.Areas.Select(a => a.AreaId)).Any())
            sandbox.SetAreas(areas);
        var serviceTypes = await db.ServiceTypes.Select(s => s.Id).ToListAsync(ct);
        if (serviceTypes.Except(sandbox.ServiceTypes.Select(s => s.ServiceTypeId)).Any())
            sandbox.SetServiceTypes(serviceTypes);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sandbox.Id;
    }

    /// <summary>The sandbox organisation's id, or null before the first start.</summary>
    public Task<int?> IdAsync(CancellationToken ct) => db.Organisations.IgnoreQueryFilters()
        .Where(o => o.Kind == OrganisationKind.Sandbox).OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
}
