using System.Security.Claims;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Incidents.View;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// Loads a review the user may see (else null: a 404) with its incident page, which records the view of the
/// incident's personal data in the audit log.
/// </summary>
public sealed class GetReviewPage(CimsDbContext db, GetIncidentPage incidents)
{
    public async Task<ReviewPage?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct, object? typed = null)
    {
        var review = await db.Reviews.VisibleTo(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || await incidents.RunAsync(review.IncidentId, user, ct) is not { } incident)
            return null;
        return new ReviewPage(review, incident, Actions(review, user), Forms(typed, review.Version));
    }

    /// <summary>The name of the organisation the review belongs to (the provider, in the report).</summary>
    public Task<string> OrganisationNameAsync(int organisationId, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>Saves what was recorded in the audit log while reading (a download).</summary>
    public Task SaveAuditAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    private static ReviewForms Forms(object? typed, Guid version) => new(
        (typed as OutcomeDecisionForm ?? new OutcomeDecisionForm()) with { Version = version },
        (typed as SendBackForm ?? new SendBackForm()) with { Version = version });

    private static ReviewActions Actions(Review review, ClaimsPrincipal user) => new(
        review.CanReassign(user), review.CanWork(user), review.CanTrackActions(user), review.CanApprove(user), review.CanReviewOutcome(user));
}
