using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>One investigation in a list: its incident, who investigates, where it is and when it is due.</summary>
public sealed record InvestigationRow(
    int Id, string? IncidentNumber, string Manager, InvestigationStatus Status, DateTimeOffset? DueAt, bool WaitsForMe, DateTimeOffset? OnHoldSince)
{
    public string? Remaining { get; init; }
}

/// <summary>
/// The investigations the user may see (their own as manager; the organisation's for a delegate; all for the
/// department), open ones first, soonest due first, a page at a time; a clock paused at police request says so.
/// </summary>
public sealed class ListInvestigations(CimsDbContext db, IncidentClock clock)
{
    public async Task<PageOf<InvestigationRow>> RunAsync(ClaimsPrincipal user, int? page, CancellationToken ct)
    {
        var userId = user.UserId();
        var rows = await (
            from i in db.Investigations.VisibleTo(user).AsNoTracking()
            join incident in db.Incidents on i.IncidentId equals incident.Id
            orderby i.Status == InvestigationStatus.Withdrawn || i.Status == InvestigationStatus.Accepted, i.DueAt == null, i.DueAt, i.Id
            select new InvestigationRow(i.Id, incident.Number, i.Manager.Name, i.Status, i.DueAt, i.Manager.ResponsibleUserId == userId,
                i.Holds.Where(h => h.ResumedAt == null).Select(h => (DateTimeOffset?)h.PausedAt).FirstOrDefault()))
            .ToPageAsync(page, ct);
        return rows with
        {
            Items = [.. rows.Items.Select(r => r with { Remaining = InvestigationWorkflow.IsOpen(r.Status) ? clock.DescribeWork(r.DueAt, r.OnHoldSince) : null })],
        };
    }
}
