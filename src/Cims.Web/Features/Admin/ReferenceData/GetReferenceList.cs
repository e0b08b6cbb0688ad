using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.ReferenceData;

public sealed record ReferenceListPage(ReferenceList List, DateOnly Today, IReadOnlyList<ReferenceRow> Rows);

/// <summary>The values of one list, grouped by their division, program or category, in sort order.</summary>
public sealed class GetReferenceList(CimsDbContext db, TimeProvider clock)
{
    public async Task<ReferenceListPage> RunAsync(ReferenceList list, CancellationToken ct)
    {
        var rows = await db.Rows(list).AsNoTracking().ToListAsync(ct);
        var ordered = rows
            .OrderBy(r => r.ParentOrder).ThenBy(r => r.Parent, StringComparer.CurrentCulture)
            .ThenBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ReferenceListPage(list, clock.Today(), ordered);
    }
}
