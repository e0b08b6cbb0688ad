using System.Security.Claims;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations.Assignment;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews.Assignment;

/// <summary>Builds the review's assignment page for an incident (assign) or a review (reassign) the user may change; else null.</summary>
public sealed class ReviewAssignPages(CimsDbContext db, GetAssignPage pages)
{
    public async Task<AssignPage?> ForIncidentAsync(int incidentId, ClaimsPrincipal user, AssignForm? typed, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null || !incident.CanAssignReviewer(user) || await db.Reviews.AnyAsync(r => r.IncidentId == incidentId, ct))
            return null;
        var form = (typed ?? new AssignForm { Kind = AssignForm.Internal }) with { Version = incident.Version, Subject = AssignForm.ReviewSubject };
        var noun = incident.FollowUp!.Value.ReviewFor()!.Value.Noun();
        return await pages.BuildAsync(incident, null, $"/Incidents/{incidentId}/Review/Assign", $"/Incidents/{incidentId}", form,
            CandidateRoles.Review, AssignWording.Review(noun), ct);
    }

    public async Task<AssignPage?> ForReviewAsync(int id, ClaimsPrincipal user, AssignForm? typed, CancellationToken ct)
    {
        var review = await db.Reviews.VisibleTo(user).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || !review.CanReassign(user))
            return null;
        var incident = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == review.IncidentId, ct);
        var form = (typed ?? new AssignForm { Kind = AssignForm.Internal }) with { Version = review.Version, Subject = AssignForm.ReviewSubject };
        return await pages.BuildAsync(incident, review.Manager, $"/Reviews/{id}/Reassign", $"/Reviews/{id}", form,
            CandidateRoles.Review, AssignWording.Review(review.Kind.Noun()), ct);
    }
}
