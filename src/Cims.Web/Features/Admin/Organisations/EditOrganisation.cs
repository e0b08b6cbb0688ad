using Cims.Domain.Common;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>Saves an edit unless someone else saved first (the form's Version no longer matches).</summary>
public sealed class EditOrganisation(CimsDbContext db, OrganisationWrites writes, LoadOrganisationChoices choices, AuditLog audit)
{
    public async Task<Result> RunAsync(int id, OrganisationForm form, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
            return OrganisationErrors.NotFound(id);
        if (form.Version != organisation.Version)
            return OrganisationErrors.Concurrency;
        var name = form.Name!.Trim();
        if (await writes.TakenAsync(name, form.Abn, id, ct) is { } taken)
            return taken;
        if (form.Kind != organisation.Kind && await db.Users.AnyAsync(u => u.OrganisationId == id, ct))
            return OrganisationAdminErrors.KindHasUsers;
        var before = await writes.SnapshotAsync(organisation, ct);
        var offered = await choices.RunAsync(ct);
        organisation.Update(name, form.Abn);
        organisation.ChangeKind(form.Kind!.Value);
        organisation.NameInLessons(form.NamedInLessons);
        organisation.SetAreas(OrganisationWrites.Chosen(form.AreaIds, offered.AreaIds, organisation.Areas.Select(a => a.AreaId).ToList()));
        organisation.SetServiceTypes(OrganisationWrites.Chosen(
            form.ServiceTypeIds, offered.ServiceTypeIds, organisation.ServiceTypes.Select(s => s.ServiceTypeId).ToList()));
        var changes = (await writes.SnapshotAsync(organisation, ct)).ChangesFrom(before);
        audit.Record("organisation.updated", OrganisationWrites.EntityType, OrganisationWrites.Key(id), changes ?? "No changes.");
        return await writes.SaveAsync(name, form.Abn, id, ct);
    }
}
