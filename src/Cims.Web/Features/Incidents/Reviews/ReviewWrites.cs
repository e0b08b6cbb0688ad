using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// The checks every change to a review makes first: the review is visible to the user (else "not found": a 404), the
/// user may take this step now, and nothing changed since the page was shown (the form's Version).
/// </summary>
public sealed class ReviewWrites(CimsDbContext db, AuditLog audit)
{
    public const string EntityType = "Review";

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<Result<Review>> LoadAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Review, bool> allowed, Error notAllowed, CancellationToken ct)
    {
        var review = await db.Reviews.VisibleTo(user).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null)
            return ReviewErrors.NotFound(id);
        if (!allowed(review))
            return notAllowed;
        if (version != review.Version)
            return ReviewErrors.Concurrency;
        return Result<Review>.Ok(review);
    }

    /// <summary>Loads (with the checks above), applies one change, records it in the audit log and saves.</summary>
    public async Task<Result> ChangeAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Review, bool> allowed, Error notAllowed,
        Func<Review, Result> change, string auditAction, string? auditDetails, CancellationToken ct)
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

    public Task<Incident> IncidentOfAsync(Review review, CancellationToken ct) =>
        db.Incidents.SingleAsync(i => i.Id == review.IncidentId, ct);

    /// <summary>After a combined follow-up: whether the department has accepted the incident's investigation outcome.</summary>
    public Task<bool> InvestigationDoneAsync(Review review, CancellationToken ct) =>
        db.Investigations.AnyAsync(v => v.IncidentId == review.IncidentId && v.Status == Domain.Investigations.InvestigationStatus.Accepted, ct);

    public Task<Result> SaveAsync(CancellationToken ct) => db.SaveOrStaleAsync(ReviewErrors.Concurrency, ct);

    public static Actor ActorOf(ClaimsPrincipal user) => InvestigationWrites.ActorOf(user);
}
