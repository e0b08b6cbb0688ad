using System.Security.Claims;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

/// <summary>An incident's status and deadlines with when it last changed (the incident, its investigation or its review).</summary>
public sealed record ChangedIncident(DateTimeOffset ChangedAt, IncidentStatusView Incident);

/// <summary>One page of changed incidents; <see cref="More"/> when the page is full and later changes may follow.</summary>
public sealed record ChangedIncidents(IReadOnlyList<ChangedIncident> Items, bool More);

/// <summary>
/// The incidents the caller may see that changed after a time, oldest change first, a page at a time: what a provider
/// system polls to follow its incidents. A change is any edit or move of the incident and any change to its
/// investigation or review (a due date moved, an outcome sent). Ties on the same instant are ordered by id, so a
/// client resumes with the last item's time and id and never misses or repeats one. The page's incidents are shown by
/// <see cref="GetIncidentStatus.Project"/>, as the API's GET and a webhook event show them.
/// </summary>
public sealed class ListChangedIncidents(CimsDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<ChangedIncidents> RunAsync(ClaimsPrincipal user, DateTimeOffset since, int afterId, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var changed = db.VisibleIncidents(user).AsNoTracking().Select(i => new
        {
            Incident = i,
            Investigation = db.Investigations.Where(v => v.IncidentId == i.Id).Select(v => (DateTimeOffset?)v.UpdatedAt).FirstOrDefault(),
            Review = db.Reviews.Where(r => r.IncidentId == i.Id).Select(r => (DateTimeOffset?)r.UpdatedAt).FirstOrDefault(),
        }).Select(x => new
        {
            x.Incident,
            ChangedAt = x.Investigation > x.Incident.UpdatedAt && (x.Review == null || x.Investigation >= x.Review) ? x.Investigation!.Value
                : x.Review > x.Incident.UpdatedAt ? x.Review!.Value : x.Incident.UpdatedAt,
        });
        var rows = await changed
            .Where(c => c.ChangedAt > since || (c.ChangedAt == since && c.Incident.Id > afterId))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Incident.Id)
            .Take(size + 1)
            .Select(c => new { c.Incident.Id, c.ChangedAt })
            .ToListAsync(ct);
        var ids = rows.Take(size).Select(r => r.Id).ToList();
        var views = await GetIncidentStatus.Project(db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id)), db).ToDictionaryAsync(v => v.Id, ct);
        return new ChangedIncidents([.. rows.Take(size).Select(r => new ChangedIncident(r.ChangedAt, views[r.Id]))], rows.Count > size);
    }
}
