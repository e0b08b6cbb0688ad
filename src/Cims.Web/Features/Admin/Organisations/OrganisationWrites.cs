using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

public static class OrganisationAdminErrors
{
    public static readonly Error KindHasUsers = new(
        "organisation.kind_has_users",
        "The kind cannot change while the organisation has users: their roles depend on it.",
        nameof(OrganisationForm.Kind));

    public static readonly Error DuplicateAbn = new(
        "organisation.duplicate_abn", "Another organisation already has this ABN.", nameof(OrganisationForm.Abn));
}

/// <summary>What the create and edit use cases share: name checks, offered values and audit wording.</summary>
public sealed class OrganisationWrites(CimsDbContext db)
{
    public const string EntityType = "Organisation";

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public Task<bool> NameTakenAsync(string name, int? exceptId, CancellationToken ct)
    {
        var lower = name.Trim().ToLowerInvariant();
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
        return db.Organisations.AnyAsync(o => o.Name.ToLower() == lower && o.Id != exceptId, ct);
#pragma warning restore CA1304
    }

    /// <summary>Whether another organisation has this ABN (any spacing); a blank ABN is never taken.</summary>
    public Task<bool> AbnTakenAsync(string? abn, int? exceptId, CancellationToken ct)
    {
        var digits = Organisation.NormaliseAbn(abn);
        return digits is null ? Task.FromResult(false) : db.Organisations.AnyAsync(o => o.Abn == digits && o.Id != exceptId, ct);
    }

    /// <summary>The name or ABN another organisation already has, or null: checked before saving.</summary>
    public async Task<Error?> TakenAsync(string name, string? abn, int? exceptId, CancellationToken ct) =>
        await NameTakenAsync(name, exceptId, ct) ? OrganisationErrors.DuplicateName
        : await AbnTakenAsync(abn, exceptId, ct) ? OrganisationAdminErrors.DuplicateAbn
        : null;

    /// <summary>Saves; a unique name or ABN clash that slipped past the check becomes its field's error.</summary>
    public async Task<Result> SaveAsync(string name, string? abn, int? exceptId, CancellationToken ct)
    {
        try
        {
            return await db.SaveOrStaleAsync(OrganisationErrors.Concurrency, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await TakenAsync(name, abn, exceptId, CancellationToken.None) is { } taken)
                return taken;
            throw;
        }
    }

    /// <summary>The chosen ids that are offered today, plus (on edit) kept ids that are no longer offered.</summary>
    public static IEnumerable<int> Chosen(int[]? posted, IEnumerable<int> offered, IEnumerable<int> current)
    {
        var offeredSet = offered.ToHashSet();
        return (posted ?? []).Where(offeredSet.Contains).Concat(current.Where(id => !offeredSet.Contains(id))).Distinct();
    }

    public async Task<OrganisationSnapshot> SnapshotAsync(Organisation o, CancellationToken ct)
    {
        var areaIds = o.Areas.Select(a => a.AreaId).ToList();
        var typeIds = o.ServiceTypes.Select(s => s.ServiceTypeId).ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id))
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.SortOrder)
            .Select(a => Area.Label(a.Division!.Name, a.Name)).ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().Where(s => typeIds.Contains(s.Id))
            .OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.SortOrder).Select(s => s.Name).ToListAsync(ct);
        return new OrganisationSnapshot(o.Name, o.Abn, o.Kind, Join(areas), Join(types), o.NamedInLessons);
    }

    private static string? Join(List<string> names) => names.Count == 0 ? null : string.Join(", ", names);
}

/// <summary>An organisation's audited fields, in words.</summary>
public sealed record OrganisationSnapshot(string Name, string? Abn, OrganisationKind Kind, string? Areas, string? ServiceTypes, bool NamedInLessons)
{
    public static readonly OrganisationSnapshot Empty = new("", null, default, null, null, false);

    public string? ChangesFrom(OrganisationSnapshot before, bool created = false) => Infrastructure.Auditing.AuditLog.Changes(
        ("Name", created ? null : before.Name, Name),
        ("ABN", before.Abn, Abn),
        ("Kind", created ? null : before.Kind, Kind),
        ("Areas", before.Areas, Areas),
        ("Service types", before.ServiceTypes, ServiceTypes),
        ("Named in the lessons library", before.NamedInLessons ? "yes" : "no", NamedInLessons ? "yes" : "no"));
}
