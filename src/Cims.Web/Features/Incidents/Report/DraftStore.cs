using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>
/// Loads a report its reporter may still change (their own draft or returned report, through
/// <see cref="IncidentAccess.VisibleIncidents"/>) and saves a step of it with its audit entry.
/// </summary>
public sealed class DraftStore(CimsDbContext db, AuditLog audit)
{
    /// <summary>The reporter's editable report, or null (shown as 404) for anyone else or any other state.</summary>
    public async Task<Incident?> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == id, ct);
        return incident is not null && incident.CanEditAsReporter(user) ? incident : null;
    }

    /// <summary>Remembers the step and saves it with an "incident.draft_saved" entry; stale when someone else saved first.</summary>
    public async Task<Result> SaveAsync(Incident incident, ReportStep step, CancellationToken ct)
    {
        incident.RememberStep(step.Name);
        audit.Record("incident.draft_saved", ReportErrors.EntityType, Id(incident), step.Title);
        return await db.SaveOrStaleAsync(ReportErrors.Stale, ct);
    }

    /// <summary>The latest saved version, after a stale save (for the re-rendered form).</summary>
    public async Task<Guid> CurrentVersionAsync(int id, CancellationToken ct) =>
        await db.Incidents.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).SingleOrDefaultAsync(ct);

    public static string Id(Incident incident) => incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
