using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>The filters of the organisation list, from the query string.</summary>
public sealed record OrganisationSearch
{
    public string? Name { get; init; }

    public StatusFilter Status { get; init; } = StatusFilter.Active;

    public int? Page { get; init; }
}

public sealed record OrganisationRow(int Id, string Name, string? Abn, OrganisationKind Kind, bool IsActive, int UserCount);

public sealed record OrganisationList(OrganisationSearch Search, PageOf<OrganisationRow> Results);

public sealed class ListOrganisations(CimsDbContext db)
{
    public async Task<OrganisationList> RunAsync(OrganisationSearch search, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (search.Name.SearchTerm() is { } term)
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
            query = query.Where(o => o.Name.ToLower().Contains(term));
#pragma warning restore CA1304
        query = search.Status switch
        {
            StatusFilter.Active => query.Where(o => o.IsActive),
            StatusFilter.Inactive => query.Where(o => !o.IsActive),
            _ => query,
        };
        var rows = query.OrderBy(o => o.Name).Select(o => new OrganisationRow(
            o.Id, o.Name, o.Abn, o.Kind, o.IsActive, db.Users.Count(u => u.OrganisationId == o.Id)));
        return new OrganisationList(search, await rows.ToPageAsync(search.Page, ct));
    }
}
