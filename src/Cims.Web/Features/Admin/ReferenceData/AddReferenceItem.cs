using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>Adds a value to a list, with an audit entry saved in the same transaction.</summary>
public sealed class AddReferenceItem(CimsDbContext db, AuditLog audit)
{
    public async Task<Result<int>> RunAsync(ReferenceList list, ReferenceItemForm form, CancellationToken ct)
    {
        var parentId = form.ParentId ?? 0;
        if (db.ParentItems(list) is { } parents && !await parents.AnyAsync(p => p.Id == parentId, ct))
            return ReferenceDataErrors.ParentRequired(list);
        var name = form.Name!.Trim();
        if (await db.NameTakenAsync(list, parentId, name, exceptId: 0, ct))
            return ReferenceDataErrors.DuplicateName(list);
        var code = form.Code?.Trim() ?? "";
        if (list.HasCode && code.Length == 0)
            return ReferenceDataErrors.CodeRequired;
        var lowerCode = code.ToLower(CultureInfo.InvariantCulture);
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
        if (list.HasCode && await db.OptionItems.AnyAsync(o => o.List == list.OptionList && o.Code.ToLower() == lowerCode, ct))
#pragma warning restore CA1304
            return ReferenceDataErrors.DuplicateCode;

        var item = Create(list, parentId, name, code, form);
        item.Edit(name, form.SortOrderNumber(), AustralianDate.ParseOrNull(form.ValidFrom), AustralianDate.ParseOrNull(form.ValidTo));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add((object)item);
        await db.SaveChangesAsync(ct);
        audit.Record("reference.created", item.GetType().Name, item.Id.ToString(CultureInfo.InvariantCulture), Details(list, item, code));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(item.Id);
    }

    private static ReferenceItem Create(ReferenceList list, int parentId, string name, string code, ReferenceItemForm form)
    {
        var order = form.SortOrderNumber();
        return list.Kind switch
        {
            ReferenceListKind.Divisions => Division.Create(name, order),
            ReferenceListKind.Areas => Area.Create(parentId, name, order),
            ReferenceListKind.Programs => ServiceProgram.Create(name, order),
            ReferenceListKind.ServiceTypes => ServiceType.Create(parentId, name, order),
            ReferenceListKind.IncidentCategories => IncidentCategory.Create(name, order),
            ReferenceListKind.IncidentTypes => IncidentType.Create(parentId, name, order, form.ToFlags()),
            _ => OptionItem.Create(list.OptionList!, code, name, order),
        };
    }

    private static string Details(ReferenceList list, ReferenceItem item, string code) =>
        string.Join("\n", new[]
        {
            $"List: {list.Title}",
            $"Name: {item.Name}",
            list.HasCode ? $"Code: {code}" : null,
            list.ParentLabel is { } parent ? $"{parent} id: {ReferenceQueries.ParentIdOf(item)}" : null,
            $"Sort order: {item.SortOrder}",
            $"Valid from: {AustralianDate.Format(item.ValidFrom) ?? "(none)"}",
            $"Valid to: {AustralianDate.Format(item.ValidTo) ?? "(none)"}",
        }.Where(l => l is not null));
}
