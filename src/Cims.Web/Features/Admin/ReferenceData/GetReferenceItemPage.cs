using System.Globalization;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>What the add and edit page shows beside the form. <see cref="Saved"/> holds the values now saved.</summary>
public sealed record ReferenceItemPage(
    ReferenceList List, int? Id, string? ParentName, string? Code, IReadOnlyList<ParentChoice> Parents, ReferenceItemForm Saved)
{
    public bool IsNew => Id is null;
}

public sealed record ParentChoice(int Id, string Name);

/// <summary>Loads the page for adding a value to a list, or for editing one value.</summary>
public sealed class GetReferenceItemPage(CimsDbContext db)
{
    public async Task<ReferenceItemPage?> ForEditAsync(ReferenceList list, int id, CancellationToken ct)
    {
        var item = await db.Items(list).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return null;
        var parentId = ReferenceQueries.ParentIdOf(item);
        var parentName = db.ParentItems(list) is { } parents
            ? await parents.Where(p => p.Id == parentId).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;
        return new ReferenceItemPage(list, id, parentName, (item as OptionItem)?.Code, [], ToForm(item));
    }

    public async Task<ReferenceItemPage> ForAddAsync(ReferenceList list, CancellationToken ct)
    {
        var parents = db.ParentItems(list) is { } query
            ? await query.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
                .Select(p => new ParentChoice(p.Id, p.Name)).ToListAsync(ct)
            : [];
        var next = await db.Items(list).Select(i => (int?)i.SortOrder).MaxAsync(ct) is { } max ? max + 1 : 0;
        var blank = new ReferenceItemForm { SortOrder = next.ToString(CultureInfo.InvariantCulture), IsConfirmed = true };
        return new ReferenceItemPage(list, null, null, null, parents, blank);
    }

    private static ReferenceItemForm ToForm(ReferenceItem item)
    {
        var type = item as IncidentType;
        return new ReferenceItemForm
        {
            Name = item.Name,
            SortOrder = item.SortOrder.ToString(CultureInfo.InvariantCulture),
            ValidFrom = AustralianDate.Format(item.ValidFrom),
            ValidTo = AustralianDate.Format(item.ValidTo),
            Version = item.Version,
            IsAbuseType = type?.IsAbuseType ?? false,
            RequiresInvestigationWhenMajor = type?.RequiresInvestigationWhenMajor ?? false,
            RequiresReviewWhenMajor = type?.RequiresReviewWhenMajor ?? false,
            IsConfirmed = type?.IsConfirmed ?? false,
        };
    }
}
