using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>The department list's counts by area and impact, exact as at <paramref name="TakenAt"/>.</summary>
public sealed record DepartmentCountsTaken(IReadOnlyList<AreaImpactCount> Counts, DateTimeOffset TakenAt);

/// <summary>
/// The department list's counts by area and impact, taken at most once per set of filters per
/// Cims:DepartmentList:CountsSeconds on this node and shared by every department user (ADR 0022): over a million
/// incidents the grouped count takes about 800 ms, the page's rows a few. The page says when they were taken; its rows
/// are read on every request. One count runs at a time per set of filters: readers who arrive while it runs wait for it,
/// and one reader leaving does not cancel it for the others. A screening decision on this node forgets them
/// (<see cref="Forget"/>); other nodes catch up within the lifetime.
/// </summary>
public sealed class DepartmentCounts(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider time, IOptions<DepartmentListOptions> options)
{
    private readonly Lock _gate = new();
    private int _generation;

    /// <summary>
    /// Makes every count this node holds stale, so that whoever screened an incident here sees "needs screening" move on
    /// the list they come back to. Each key holds the generation: the old entries are never read again and expire on
    /// their own.
    /// </summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    /// <summary>The counts for these filters: this node's shared ones while younger than the lifetime, else taken now.</summary>
    public async Task<DepartmentCountsTaken> GetAsync(DepartmentFilters filters, ClaimsPrincipal user, CimsDbContext db, CancellationToken ct)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.CountsSeconds);
        // Only department users reach the list (Policies.Department on its controller), and VisibleIncidents gives every
        // one of them the same incidents, so the key holds nothing of the user. Anyone else would be counted alone.
        if (lifetime <= TimeSpan.Zero || !user.IsDepartment())
            return new DepartmentCountsTaken(await CountAsync(db, filters, user, ct), time.GetUtcNow());
        var key = new CountsKey(Volatile.Read(ref _generation), filters.AreaId, filters.Impact, filters.Status, filters.NeedsScreening,
            filters.OrganisationId, AustralianDate.ParseOrNull(filters.From), AustralianDate.ParseOrNull(filters.To));
        Shared shared;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!cache.TryGetValue(key, out Shared? kept) || kept is null || now - kept.TakenAt >= lifetime || kept.Failed)
            {
                kept = new Shared(now, new Lazy<Task<IReadOnlyList<AreaImpactCount>>>(() => CountInOwnScopeAsync(filters, user)));
                // The cache's own expiry (on the system clock) only frees the memory; the age above, on TimeProvider,
                // decides. The app's MemoryCache has no SizeLimit: an entry is a few rows per area, and the sets of
                // filters used within one lifetime bound how many there are.
                cache.Set(key, kept, lifetime);
            }

            shared = kept;
        }

        return new DepartmentCountsTaken(await shared.Counts.Value.WaitAsync(ct), shared.TakenAt);
    }

    /// <summary>Counted with a context of its own, since readers other than the one who started it wait for it.</summary>
    private async Task<IReadOnlyList<AreaImpactCount>> CountInOwnScopeAsync(DepartmentFilters filters, ClaimsPrincipal user)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await CountAsync(scope.ServiceProvider.GetRequiredService<CimsDbContext>(), filters, user, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<AreaImpactCount>> CountAsync(CimsDbContext db, DepartmentFilters filters, ClaimsPrincipal user, CancellationToken ct) =>
        await ListDepartmentIncidents.Filter(db.VisibleIncidents(user).AsNoTracking(), filters)
            .GroupBy(i => new { AreaId = (int?)i.Service!.AreaId, Impact = (ImpactLevel?)i.Details!.Impact })
            .Select(g => new AreaImpactCount(g.Key.AreaId, g.Key.Impact, g.Count()))
            .ToListAsync(ct);

    /// <summary>The filters as the count applies them (dates parsed, so 1/2/2026 and 01/02/2026 share), without the page.</summary>
    private sealed record CountsKey(
        int Generation, int? AreaId, ImpactLevel? Impact, IncidentStatus? Status, bool NeedsScreening, int? OrganisationId, DateOnly? From, DateOnly? To);

    /// <summary>One count, started once (<see cref="Lazy{T}"/>) and awaited by every reader until it is older than the lifetime.</summary>
    private sealed record Shared(DateTimeOffset TakenAt, Lazy<Task<IReadOnlyList<AreaImpactCount>>> Counts)
    {
        /// <summary>A count that failed is taken again by the next reader rather than kept.</summary>
        public bool Failed => Counts.IsValueCreated && (Counts.Value.IsFaulted || Counts.Value.IsCanceled);
    }
}
