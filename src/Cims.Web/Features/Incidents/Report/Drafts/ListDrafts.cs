using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Drafts;

public sealed record DraftRow(int Id, IncidentStatus Status, DateTimeOffset UpdatedAt, ReportStep LastStep, string? Location, string? ReturnReason);

/// <summary>The user's own drafts and reports returned to them, newest first.</summary>
public sealed class ListDrafts(CimsDbContext db)
{
    public async Task<IReadOnlyList<DraftRow>> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.UserId();
        var rows = await db.VisibleIncidents(user).AsNoTracking()
            .Where(i => i.ReporterUserId == me && (i.Status == IncidentStatus.Draft || i.Status == IncidentStatus.ReturnedToReporter))
            .Select(i => new { i.Id, i.Status, i.UpdatedAt, i.LastStep, Location = i.Details == null ? null : i.Details.Location, i.ReturnReason })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.UpdatedAt)
            .Select(r => new DraftRow(r.Id, r.Status, r.UpdatedAt, ReportSteps.Find(r.LastStep), r.Location, r.ReturnReason))];
    }
}
