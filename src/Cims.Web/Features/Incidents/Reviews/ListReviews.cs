using System.Security.Claims;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>One review in a list: its incident, its kind, who reviews it, where it is, when it is due, and since when it is on police hold.</summary>
public sealed record ReviewRow(
    int Id, string? IncidentNumber, ReviewKind Kind, string Manager, ReviewStatus Status, DateTimeOffset? DueAt, bool WaitsForMe, DateTimeOffset? OnHoldSince)
{
    public string? Remaining { get; init; }
}

/// <summary>
/// The reviews the user may see (their own as manager; the organisation's for a delegate; all for the department),
/// open ones first, soonest due first, a page at a time.
/// </summary>
public sealed class ListReviews(CimsDbContext db, IncidentClock clock)
{
    public async Task<PageOf<ReviewRow>> RunAsync(ClaimsPrincipal user, int? page, CancellationToken ct)
    {
        var userId = user.UserId();
        var rows = await (
            from r in db.Reviews.VisibleTo(user).AsNoTracking()
            join incident in db.Incidents on r.IncidentId equals incident.Id
            orderby r.Status == ReviewStatus.Withdrawn || r.Status == ReviewStatus.Accepted || r.Status == ReviewStatus.HeldByOrganisation,
                r.DueAt == null, r.DueAt, r.Id
            select new ReviewRow(r.Id, incident.Number, r.Kind, r.Manager.Name, r.Status, r.DueAt, r.Manager.ResponsibleUserId == userId,
                r.Holds.Where(h => h.ResumedAt == null).Select(h => (DateTimeOffset?)h.PausedAt).FirstOrDefault()))
            .ToPageAsync(page, ct);
        return rows with
        {
            Items = [.. rows.Items.Select(r => r with { Remaining = ReviewWorkflow.IsOpen(r.Status) ? clock.DescribeWork(r.DueAt, r.OnHoldSince) : null })],
        };
    }
}
