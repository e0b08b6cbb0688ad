using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>An extension request waiting for the department: for an investigation or a review (<see cref="Href"/>).</summary>
public sealed record PendingExtensionRow(
    string Work, string Href, string? IncidentNumber, string Organisation, DateTimeOffset? DueAt, DateOnly RequestedDueOn, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>The department's list of extension requests waiting for a decision, investigations and reviews together, oldest first.</summary>
public sealed class PendingExtensions(CimsDbContext db)
{
    public async Task<List<PendingExtensionRow>> RunAsync(CancellationToken ct)
    {
        var investigations = await (
            from i in db.Investigations.AsNoTracking()
            from e in i.Extensions
            where e.Status == ExtensionStatus.Pending
            join incident in db.Incidents on i.IncidentId equals incident.Id
            join organisation in db.Organisations on i.OrganisationId equals organisation.Id
            select new { i.Id, Review = (Domain.Reviews.ReviewKind?)null, incident.Number, Organisation = organisation.Name, i.DueAt, e.RequestedDueOn, e.RequestedByName, e.RequestedAt })
            .ToListAsync(ct);
        var reviews = await (
            from r in db.Reviews.AsNoTracking()
            from e in r.Extensions
            where e.Status == ExtensionStatus.Pending
            join incident in db.Incidents on r.IncidentId equals incident.Id
            join organisation in db.Organisations on r.OrganisationId equals organisation.Id
            select new { r.Id, Review = (Domain.Reviews.ReviewKind?)r.Kind, incident.Number, Organisation = organisation.Name, r.DueAt, e.RequestedDueOn, e.RequestedByName, e.RequestedAt })
            .ToListAsync(ct);
        return [.. investigations.Concat(reviews)
            .OrderBy(x => x.RequestedAt).ThenBy(x => x.Id)
            .Select(x => new PendingExtensionRow(
                x.Review is { } kind ? Domain.Reviews.ReviewKindText.Display(kind) : "Investigation",
                x.Review is null ? $"/Investigations/{x.Id}/Extension/Decide" : $"/Reviews/{x.Id}/Extension/Decide",
                x.Number, x.Organisation, x.DueAt, x.RequestedDueOn, x.RequestedByName, x.RequestedAt))];
    }
}
