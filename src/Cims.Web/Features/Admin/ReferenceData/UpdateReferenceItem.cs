using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>Changes a value's name, order and validity (and an incident type's flags), with an audit entry.</summary>
public sealed class UpdateReferenceItem(CimsDbContext db, AuditLog audit)
{
    public async Task<Result> RunAsync(ReferenceList list, int id, ReferenceItemForm form, CancellationToken ct)
    {
        var item = await db.Items(list).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return ReferenceDataErrors.NotFound;
        if (item.Version != form.Version)
            return ReferenceDataErrors.Concurrency;
        var name = form.Name!.Trim();
        if (await db.NameTakenAsync(list, ReferenceQueries.ParentIdOf(item), name, id, ct))
            return ReferenceDataErrors.DuplicateName(list);
        var details = Changes(item, form, name);
        if (details is null)
            return Result.Ok();
        item.Edit(name, form.SortOrderNumber(), AustralianDate.ParseOrNull(form.ValidFrom), AustralianDate.ParseOrNull(form.ValidTo));
        if (item is IncidentType type)
            type.SetFlags(form.ToFlags());
        audit.Record("reference.updated", item.GetType().Name, id.ToString(CultureInfo.InvariantCulture), $"List: {list.Title}\n{details}");
        return await db.SaveOrStaleAsync(ReferenceDataErrors.Concurrency, ct);
    }

    private static string? Changes(ReferenceItem item, ReferenceItemForm form, string name)
    {
        var type = item as IncidentType;
        var flags = form.ToFlags();
        return AuditLog.Changes(
            ("Name", item.Name, name),
            ("Sort order", item.SortOrder, form.SortOrderNumber()),
            ("Valid from", AustralianDate.Format(item.ValidFrom), AustralianDate.Format(AustralianDate.ParseOrNull(form.ValidFrom))),
            ("Valid to", AustralianDate.Format(item.ValidTo), AustralianDate.Format(AustralianDate.ParseOrNull(form.ValidTo))),
            ("Abuse type", type?.IsAbuseType, type is null ? null : flags.IsAbuseType),
            ("Investigation when major", type?.RequiresInvestigationWhenMajor, type is null ? null : flags.RequiresInvestigationWhenMajor),
            ("Review when major", type?.RequiresReviewWhenMajor, type is null ? null : flags.RequiresReviewWhenMajor),
            ("Confirmed", type?.IsConfirmed, type is null ? null : flags.IsConfirmed));
    }
}
