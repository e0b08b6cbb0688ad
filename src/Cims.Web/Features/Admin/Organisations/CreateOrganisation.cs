using Cims.Domain.Common;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Admin.Organisations;

public sealed class CreateOrganisation(
    CimsDbContext db, OrganisationWrites writes, LoadOrganisationChoices choices, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<int>> RunAsync(OrganisationForm form, CancellationToken ct)
    {
        var name = form.Name!.Trim();
        if (await writes.TakenAsync(name, form.Abn, null, ct) is { } taken)
            return taken;
        var offered = await choices.RunAsync(ct);
        var organisation = Organisation.Create(name, form.Abn, form.Kind!.Value, clock.GetUtcNow());
        organisation.NameInLessons(form.NamedInLessons);
        organisation.SetAreas(OrganisationWrites.Chosen(form.AreaIds, offered.AreaIds, []));
        organisation.SetServiceTypes(OrganisationWrites.Chosen(form.ServiceTypeIds, offered.ServiceTypeIds, []));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organisations.Add(organisation);
        var saved = await writes.SaveAsync(name, form.Abn, null, ct);
        if (saved.Failed)
            return saved.Error;
        var details = (await writes.SnapshotAsync(organisation, ct)).ChangesFrom(OrganisationSnapshot.Empty, created: true);
        audit.Record("organisation.created", OrganisationWrites.EntityType, OrganisationWrites.Key(organisation.Id), details);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(organisation.Id);
    }
}
