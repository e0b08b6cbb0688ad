using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>The contributing-factor list (reference data the administrators keep): the factors valid today, and the names of any code.</summary>
public sealed class FactorChoices(CimsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Choice>> CurrentAsync(CancellationToken ct) =>
        await db.OptionItems.AsNoTracking().Where(o => o.List == OptionLists.ContributingFactor)
            .Where(ReferenceFilters.ValidOn<OptionItem>(time.Today()))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct) =>
        await db.OptionItems.AsNoTracking().Where(o => o.List == OptionLists.ContributingFactor).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
}
