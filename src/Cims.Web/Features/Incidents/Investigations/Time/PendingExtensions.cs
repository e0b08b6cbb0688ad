using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>An extension request waiting for the department.</summary>
public sealed record PendingExtensionRow(
    int InvestigationId, string? IncidentNumber, string Organisation, DateTimeOffset? DueAt, DateOnly RequestedDueOn, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>The department's list of extension requests waiting for a decision, oldest first.</summary>
public sealed class PendingExtensions(CimsDbContext db)
{
    public Task<List<PendingExtensionRow>> RunAsync(CancellationToken ct) => (
        from i in db.Investigations.AsNoTracking()
        from e in i.Extensions
        where e.Status == ExtensionStatus.Pending
        join incident in db.Incidents on i.IncidentId equals incident.Id
        join organisation in db.Organisations on i.OrganisationId equals organisation.Id
        orderby e.RequestedAt, i.Id
        select new PendingExtensionRow(i.Id, incident.Number, organisation.Name, i.DueAt, e.RequestedDueOn, e.RequestedByName, e.RequestedAt))
        .ToListAsync(ct);
}
