using Cims.Domain.Common;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>Deactivates an organisation (never the department): its users can no longer be chosen for new work.</summary>
public sealed class DeactivateOrganisation(CimsDbContext db, AuditLog audit)
{
    public Task<Result> RunAsync(int id, CancellationToken ct) =>
        OrganisationStatus.ChangeAsync(db, audit, id, o => o.Deactivate(), "organisation.deactivated", ct);
}

public sealed class ReactivateOrganisation(CimsDbContext db, AuditLog audit)
{
    public Task<Result> RunAsync(int id, CancellationToken ct) =>
        OrganisationStatus.ChangeAsync(db, audit, id, o => o.Reactivate(), "organisation.reactivated", ct);
}

internal static class OrganisationStatus
{
    public static async Task<Result> ChangeAsync(
        CimsDbContext db, AuditLog audit, int id, Func<Organisation, Result> change, string action, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
            return OrganisationErrors.NotFound(id);
        var wasActive = organisation.IsActive;
        var result = change(organisation);
        if (result.Failed)
            return result;
        audit.Record(action, OrganisationWrites.EntityType, OrganisationWrites.Key(id),
            AuditLog.Changes(("Active", wasActive ? "yes" : "no", organisation.IsActive ? "yes" : "no")));
        return await db.SaveOrStaleAsync(OrganisationErrors.Concurrency, ct);
    }
}
