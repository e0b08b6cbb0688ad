using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// The checks every change to an investigation makes first: the investigation is visible to the user (else "not
/// found": a 404), the user may take this step now, and nothing changed since the page was shown (the form's Version).
/// </summary>
public sealed class InvestigationWrites(CimsDbContext db, AuditLog audit)
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

    /// <summary>
    /// Loads (with the checks above), applies one change, records it in the audit log and saves: the one shape of every
    /// change to an investigation's content. The result is the change's error, if any, else the save's.
    /// </summary>
    public async Task<Result> ChangeAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Investigation, bool> allowed, Error notAllowed,
        Func<Investigation, Result> change, string auditAction, string? auditDetails, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, version, user, allowed, notAllowed, ct);
        if (loaded.Failed)
            return loaded.Error;
        var changed = change(loaded.Value);
        if (changed.Failed)
            return changed;
        audit.Record(auditAction, EntityType, Key(id), auditDetails);
        return await SaveAsync(ct);
    }

    /// <summary>The investigation's incident, for the steps that move it too.</summary>
    public Task<Incident> IncidentOfAsync(Investigation investigation, CancellationToken ct) =>
        db.Incidents.SingleAsync(i => i.Id == investigation.IncidentId, ct);

    /// <summary>The name of the incident's primary type, for the allegations proposed from the report.</summary>
    public async Task<string> PrimaryTypeAsync(Incident incident, CancellationToken ct) =>
        incident.Details is { } details
            ? await db.IncidentTypes.Where(t => t.Id == details.PrimaryTypeId).Select(t => t.Name).SingleOrDefaultAsync(ct) ?? "Unknown type"
            : "Unknown type";

    /// <summary>After a combined follow-up: whether the incident's case review or RCA review is done (accepted, or kept by the organisation under E1).</summary>
    public Task<bool> ReviewDoneAsync(int investigationId, CancellationToken ct) =>
        db.Reviews.AnyAsync(r => db.Investigations.Any(v => v.Id == investigationId && v.IncidentId == r.IncidentId)
            && (r.Status == Domain.Reviews.ReviewStatus.Accepted || r.Status == Domain.Reviews.ReviewStatus.HeldByOrganisation), ct);

    public Task<Result> SaveAsync(CancellationToken ct) => db.SaveOrStaleAsync(InvestigationErrors.Concurrency, ct);

    public static Actor ActorOf(ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());
}
