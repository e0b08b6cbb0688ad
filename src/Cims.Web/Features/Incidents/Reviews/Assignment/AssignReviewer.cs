using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations.Assignment;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews.Assignment;

/// <summary>
/// The delegate assigns the case review or RCA review of an incident whose follow-up calls for one: the review is
/// opened with the follow-up's due date, recorded and audited in one save, and the assignee is e-mailed. Returns the review's id.
/// </summary>
public sealed class AssignReviewer(CimsDbContext db, AssigneeCandidates candidates, AuditLog audit, ReviewMail mail, TimeProvider time)
{
    public async Task<Result<int>> RunAsync(int incidentId, AssignForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null)
            return IncidentErrors.NotFound(incidentId);
        if (await db.Reviews.AnyAsync(r => r.IncidentId == incidentId, ct))
            return ReviewStepErrors.AlreadyAssigned;
        if (!incident.CanAssignReviewer(user))
            return ReviewStepErrors.NotAwaitingReviewer;
        if (form.Version != incident.Version)
            return IncidentErrors.Concurrency;
        var assignee = await candidates.AssigneeAsync(incident.OrganisationId, form, ct, CandidateRoles.Review);
        if (assignee.Failed)
            return assignee.Error;
        var opened = Review.Open(incident, assignee.Value, form.JointWithDepartment, ReviewWrites.ActorOf(user), time.GetUtcNow());
        if (opened.Failed)
            return opened.Error;
        var review = opened.Value;
        db.Reviews.Add(review);
        audit.Record("review.assigned", GetIncidentPage.EntityType, GetIncidentPage.Key(incidentId), review.History[^1].Reason);
        var saved = await db.SaveOrStaleAsync(ReviewStepErrors.AlreadyAssigned, ct);
        if (saved.Failed)
            return saved.Error;
        await mail.AssignedAsync(review, incident, ct);
        return Result<int>.Ok(review.Id);
    }
}
