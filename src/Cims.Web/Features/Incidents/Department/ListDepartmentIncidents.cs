using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>One incident as the department list reads it from the database: ids and instants only.</summary>
public sealed record DepartmentIncidentRow(
    int Id, string? Number, int OrganisationId, int? AreaId, int? ProgramId, int? PrimaryTypeId, ImpactLevel? Impact,
    IncidentStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, DateTimeOffset? FollowUpDueAt);

/// <summary>How many incidents an area has of each impact.</summary>
public sealed record AreaImpactCount(int? AreaId, ImpactLevel? Impact, int Count);

/// <summary>The list's page: <paramref name="CountsAt"/> is when <paramref name="Summary"/> was counted (none when the filters are invalid).</summary>
public sealed record DepartmentIncidentsPage(
    DepartmentFilters Filters, DepartmentLookups Lookups, PageOf<DepartmentIncidentRow>? Results, IReadOnlyList<AreaImpactCount> Summary,
    DateTimeOffset? CountsAt);

/// <summary>
/// Every incident the department can see, filtered on the server, screening first and then soonest
/// due, 25 to a page, with counts by area and impact. The counts give the list's size (no second count) and are shared
/// for a short time (<see cref="DepartmentCounts"/>); the page is read on every request, as the rows of its 25 ids (an index
/// gives the ids alone, however deep the page) in one query, even where the counts, taken earlier, put it out
/// of range; the names come from <see cref="DepartmentLookups"/>, kept in memory.
/// </summary>
public sealed class ListDepartmentIncidents(CimsDbContext db, IMemoryCache cache, DepartmentCounts counts)
{
    public async Task<DepartmentIncidentsPage> RunAsync(DepartmentFilters filters, bool valid, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var lookups = await DepartmentLookups.CachedAsync(db, cache, fresh: false, ct);
        if (!valid)
            return new DepartmentIncidentsPage(filters, lookups, null, [], null);
        var summary = await counts.GetAsync(filters, user, db, ct);
        var results = await Filter(db.VisibleIncidents(user).AsNoTracking(), filters)
            .OrderBy(i => i.Status == IncidentStatus.DepartmentReview ? 0 : 1)
            .ThenBy(i => (i.FollowUpDueAt ?? i.DueAt) == null ? 1 : 0)
            .ThenBy(i => i.FollowUpDueAt ?? i.DueAt)
            .ThenBy(i => i.Id)
            .Select(i => i.Id)
            .ToPageCountedEarlierAsync(filters.Page, summary.Counts.Sum(s => s.Count), RowsAsync, ct);
        if (!lookups.Covers(results.Items))
            lookups = await DepartmentLookups.CachedAsync(db, cache, fresh: true, ct);
        return new DepartmentIncidentsPage(filters, lookups, results, summary.Counts, summary.TakenAt);
    }

    /// <summary>
    /// The rows of the page's ids (a subquery: one round trip), in the list's order. The ids come from the index on that
    /// order alone, however deep the page; only their 26 rows are read from the table.
    /// </summary>
    private async Task<List<DepartmentIncidentRow>> RowsAsync(IQueryable<int> ids, CancellationToken ct)
    {
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new DepartmentIncidentRow(
                i.Id, i.Number, i.OrganisationId, (int?)i.Service!.AreaId, (int?)i.Service!.ProgramId,
                (int?)i.Details!.PrimaryTypeId, (ImpactLevel?)i.Details!.Impact, i.Status, i.SubmittedAt, i.DueAt, i.FollowUpDueAt))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Status == IncidentStatus.DepartmentReview ? 0 : 1)
            .ThenBy(r => (r.FollowUpDueAt ?? r.DueAt) == null ? 1 : 0)
            .ThenBy(r => r.FollowUpDueAt ?? r.DueAt)
            .ThenBy(r => r.Id)];
    }

    /// <summary>The incidents the filters select: the list's rows and its counts alike.</summary>
    internal static IQueryable<Incident> Filter(IQueryable<Incident> query, DepartmentFilters f)
    {
        if (f.AreaId is { } areaId)
            query = query.Where(i => i.Service!.AreaId == areaId);
        if (f.Impact is { } impact)
            query = query.Where(i => i.Details!.Impact == impact);
        if (f.Status is { } status)
            query = query.Where(i => i.Status == status);
        if (f.NeedsScreening)
            query = query.Where(i => i.Status == IncidentStatus.DepartmentReview);
        if (f.OrganisationId is { } organisationId)
            query = query.Where(i => i.OrganisationId == organisationId);
        if (AustralianDate.ParseOrNull(f.From) is { } from)
        {
            var start = MelbourneTime.StartOfDay(from);
            query = query.Where(i => i.SubmittedAt >= start);
        }

        if (AustralianDate.ParseOrNull(f.To) is { } to)
        {
            var end = MelbourneTime.StartOfDay(to.AddDays(1));
            query = query.Where(i => i.SubmittedAt < end);
        }

        return query;
    }
}
