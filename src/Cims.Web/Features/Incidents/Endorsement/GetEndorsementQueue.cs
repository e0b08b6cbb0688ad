using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Endorsement;

public sealed record QueueRow(
    int Id, string Reporter, DateOnly? IncidentDate, ImpactLevel? Impact, string? PrimaryType,
    DateTimeOffset? DueAt, string? Remaining, bool Overdue, string? ReturnReason, DateTimeOffset? EndorsedAt);

public sealed record EndorsementQueue(IReadOnlyList<QueueRow> Awaiting, IReadOnlyList<QueueRow> Returned);

/// <summary>The delegate's organisation's reports awaiting endorsement (oldest deadline first) and those returned for correction.</summary>
public sealed class GetEndorsementQueue(CimsDbContext db, IncidentClock clock, TimeProvider time)
{
    public async Task<EndorsementQueue> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var awaiting = await RowsAsync(user, IncidentStatus.AwaitingEndorsement, ct);
        var returned = await RowsAsync(user, IncidentStatus.ReturnedToReporter, ct);
        return new EndorsementQueue(
            [.. awaiting.OrderBy(r => r.DueAt is null).ThenBy(r => r.DueAt).ThenBy(r => r.Id)],
            [.. returned.OrderBy(r => r.Id)]);
    }

    /// <summary>The organisation's incidents in <paramref name="status"/>, with reporter and type names.</summary>
    public async Task<List<QueueRow>> RowsAsync(ClaimsPrincipal user, IncidentStatus status, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        var rows = await db.VisibleIncidents(user).AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Status == status)
            .Select(i => new
            {
                i.Id,
                i.ReporterUserId,
                IncidentDate = (DateOnly?)i.Dates!.OccurredOn,
                Impact = (ImpactLevel?)i.Details!.Impact,
                TypeId = (int?)i.Details!.PrimaryTypeId,
                i.DueAt,
                i.ReturnReason,
                i.EndorsedAt,
            })
            .ToListAsync(ct);
        var userIds = rows.Select(r => r.ReporterUserId).Distinct().ToList();
        var reporters = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var typeIds = rows.Select(r => r.TypeId).OfType<int>().Distinct().ToList();
        var types = await db.IncidentTypes.Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var now = time.GetUtcNow();
        return [.. rows.Select(r => new QueueRow(
            r.Id, reporters.GetValueOrDefault(r.ReporterUserId, "Unknown"), r.IncidentDate, r.Impact,
            r.TypeId is { } t ? types.GetValueOrDefault(t) : null,
            r.DueAt, r.DueAt is { } due ? clock.Describe(due) : null, r.DueAt < now, r.ReturnReason, r.EndorsedAt))];
    }
}
