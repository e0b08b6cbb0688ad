using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Investigations.Assignment;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Reviews.Assignment;

/// <summary>The delegate gives an open review to someone else, with a reason; the new assignee is e-mailed.</summary>
public sealed class ReassignReviewer(ReviewWrites writes, AssigneeCandidates candidates, AuditLog audit, ReviewMail mail, TimeProvider time)
{
    public async Task<Result> RunAsync(int id, AssignForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, r => r.CanReassign(user), ReviewStepErrors.CannotReassign, ct);
        if (loaded.Failed)
            return loaded.Error;
        var review = loaded.Value;
        var assignee = await candidates.AssigneeAsync(review.OrganisationId, form, ct, CandidateRoles.Review);
        if (assignee.Failed)
            return assignee.Error;
        var moved = review.Reassign(assignee.Value, ReviewWrites.ActorOf(user), form.Reason, time.GetUtcNow());
        if (moved.Failed)
            return moved;
        audit.Record("review.reassigned", ReviewWrites.EntityType, ReviewWrites.Key(id), review.History[^1].Reason);
        var saved = await writes.SaveAsync(ct);
        if (saved.Failed)
            return saved;
        await mail.AssignedAsync(review, await writes.IncidentOfAsync(review, ct), ct);
        return Result.Ok();
    }
}
