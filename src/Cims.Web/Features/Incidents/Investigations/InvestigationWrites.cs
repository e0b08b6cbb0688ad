using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// The checks every change to an investigation makes first: the investigation is visible to the user (else "not
/// found": a 404), the user may take this step now, and nothing changed since the page was shown (the form's Version).
/// </summary>
public sealed class InvestigationWrites(CimsDbContext db)
{
    public const string EntityType = "Investigation";

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<Result<Investigation>> LoadAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Investigation, bool> allowed, Error notAllowed, CancellationToken ct)
    {
        var investigation = await db.Investigations.VisibleTo(user).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null)
            return InvestigationErrors.NotFound(id);
        if (!allowed(investigation))
            return notAllowed;
        if (version != investigation.Version)
            return InvestigationErrors.Concurrency;
        return Result<Investigation>.Ok(investigation);
    }

    /// <summary>The investigation's incident, for the steps that move it too.</summary>
    public Task<Incident> IncidentOfAsync(Investigation investigation, CancellationToken ct) =>
        db.Incidents.SingleAsync(i => i.Id == investigation.IncidentId, ct);

    public Task<Result> SaveAsync(CancellationToken ct) => db.SaveOrStaleAsync(InvestigationErrors.Concurrency, ct);

    public static Actor ActorOf(ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());
}
