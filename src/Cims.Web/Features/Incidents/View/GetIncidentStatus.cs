using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

/// <summary>An incident's status and deadlines, without its personal data: what a provider system follows.</summary>
public sealed record IncidentStatusView(
    int Id, string? Number, IncidentStatus Status, DateTimeOffset? DueAt, DateTimeOffset? EndorsedAt, DateTimeOffset? SubmittedAt,
    FollowUpAction? FollowUp, DateTimeOffset? FollowUpDueAt, DateTimeOffset? InvestigationDueAt, DateTimeOffset? ReviewDueAt);

/// <summary>Reads the status and deadlines of an incident the caller may see (<see cref="IncidentAccess"/>); null for any other.</summary>
public sealed class GetIncidentStatus(CimsDbContext db)
{
    public async Task<IncidentStatusView?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
        await Project(db.VisibleIncidents(user).AsNoTracking().Where(i => i.Id == id), db).SingleOrDefaultAsync(ct);

    /// <summary>The concurrency token of an incident the caller may see: what its ETag is made of.</summary>
    public async Task<Guid?> VersionAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
        await db.VisibleIncidents(user).Where(i => i.Id == id).Select(i => (Guid?)i.Version).SingleOrDefaultAsync(ct);

    /// <summary>
    /// The status view of each incident of <paramref name="incidents"/>: the one projection behind the API's answer and
    /// the incident object of a webhook event, so both always say the same.
    /// </summary>
    public static IQueryable<IncidentStatusView> Project(IQueryable<Incident> incidents, CimsDbContext db) =>
        incidents.Select(i => new IncidentStatusView(
            i.Id, i.Number, i.Status, i.DueAt, i.EndorsedAt, i.SubmittedAt, i.FollowUp, i.FollowUpDueAt,
            db.Investigations.Where(v => v.IncidentId == i.Id).Select(v => v.DueAt).FirstOrDefault(),
            db.Reviews.Where(r => r.IncidentId == i.Id).Select(r => r.DueAt).FirstOrDefault()));
}
