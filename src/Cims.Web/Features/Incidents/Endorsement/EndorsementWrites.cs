using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>
/// The checks every delegate action makes before it changes anything: the incident is visible to the
/// user (else "not found": a 404), still awaiting this delegate's endorsement, and unchanged since the
/// page was shown (the form's Version).
/// </summary>
public sealed class EndorsementWrites(CimsDbContext db)
{
    public async Task<Result<Incident>> LoadAsync(int id, Guid? version, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (!incident.CanEndorse(user))
            return EndorsementErrors.NotAwaiting;
        if (version != incident.Version)
            return IncidentErrors.Concurrency;
        return Result<Incident>.Ok(incident);
    }

    /// <summary>Saves, turning a lost race (someone saved first) into the concurrency message.</summary>
    public Task<Result> SaveAsync(CancellationToken ct) => db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);

    public static Actor ActorOf(ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());
}
