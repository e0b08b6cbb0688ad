using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>One row of a reference list page.</summary>
public sealed record ReferenceRow(
    int Id, string? Parent, int ParentOrder, string Name, string? Code, int SortOrder, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>The queries each use case needs, per list, over the one DbContext.</summary>
internal static class ReferenceQueries
{
    public static IQueryable<ReferenceItem> Items(this CimsDbContext db, ReferenceList list) => list.Kind switch
    {
        ReferenceListKind.Divisions => db.Divisions,
        ReferenceListKind.Areas => db.Areas,
        ReferenceListKind.Programs => db.Programs,
        ReferenceListKind.ServiceTypes => db.ServiceTypes,
        ReferenceListKind.IncidentCategories => db.IncidentCategories,
        ReferenceListKind.IncidentTypes => db.IncidentTypes,
        _ => db.OptionItems.Where(o => o.List == list.OptionList),
    };

    /// <summary>The divisions, programs or categories new values of <paramref name="list"/> hang from; null for flat lists.</summary>
    public static IQueryable<ReferenceItem>? ParentItems(this CimsDbContext db, ReferenceList list) => list.Kind switch
    {
        ReferenceListKind.Areas => db.Divisions,
        ReferenceListKind.ServiceTypes => db.Programs,
        ReferenceListKind.IncidentTypes => db.IncidentCategories,
        _ => null,
    };

    public static int ParentIdOf(ReferenceItem item) => item switch
    {
        Area a => a.DivisionId,
        ServiceType s => s.ProgramId,
        IncidentType t => t.CategoryId,
        _ => 0,
    };

    /// <summary>True when another value where names must be unique already has this name (any letter case).</summary>
    public static Task<bool> NameTakenAsync(
        this CimsDbContext db, ReferenceList list, int parentId, string name, int exceptId, CancellationToken ct)
    {
        var siblings = list.Kind switch
        {
            ReferenceListKind.Areas => db.Areas.Where(a => a.DivisionId == parentId),
            ReferenceListKind.ServiceTypes => db.ServiceTypes.Where(s => s.ProgramId == parentId),
            _ => db.Items(list),
        };
        var lower = name.ToLowerInvariant();
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
        return siblings.AnyAsync(i => i.Id != exceptId && i.Name.ToLower() == lower, ct);
#pragma warning restore CA1304
    }

    public static IQueryable<ReferenceRow> Rows(this CimsDbContext db, ReferenceList list) => list.Kind switch
    {
        ReferenceListKind.Areas => db.Areas.Select(a => new ReferenceRow(
            a.Id, a.Division!.Name, a.Division.SortOrder, a.Name, null, a.SortOrder, a.ValidFrom, a.ValidTo)),
        ReferenceListKind.ServiceTypes => db.ServiceTypes.Select(s => new ReferenceRow(
            s.Id, s.Program!.Name, s.Program.SortOrder, s.Name, null, s.SortOrder, s.ValidFrom, s.ValidTo)),
        ReferenceListKind.IncidentTypes => db.IncidentTypes.Select(t => new ReferenceRow(
            t.Id, t.Category!.Name, t.Category.SortOrder, t.Name, null, t.SortOrder, t.ValidFrom, t.ValidTo)),
        ReferenceListKind.Options => db.OptionItems.Where(o => o.List == list.OptionList).Select(o => new ReferenceRow(
            o.Id, null, 0, o.Name, o.Code, o.SortOrder, o.ValidFrom, o.ValidTo)),
        _ => db.Items(list).Select(i => new ReferenceRow(i.Id, null, 0, i.Name, null, i.SortOrder, i.ValidFrom, i.ValidTo)),
    };
}
