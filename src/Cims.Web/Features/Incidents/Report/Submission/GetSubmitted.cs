using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>What the confirmation page shows after a submission for endorsement.</summary>
public sealed record SubmittedView(int Id, IncidentStatus Status, DateTimeOffset? DueAt, string? TimeLeft, string? DueRule);

public sealed class GetSubmitted(CimsDbContext db, IncidentClock clock)
{
    public async Task<SubmittedView?> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var me = user.UserId();
        var row = await db.VisibleIncidents(user).AsNoTracking().Where(i => i.Id == id && i.ReporterUserId == me && i.Status == IncidentStatus.AwaitingEndorsement)
            .Select(i => new { i.Id, i.Status, i.DueAt, i.DueRule }).SingleOrDefaultAsync(ct);
        return row is null ? null : new SubmittedView(row.Id, row.Status, row.DueAt, row.DueAt is { } due ? clock.Describe(due) : null, row.DueRule);
    }
}
