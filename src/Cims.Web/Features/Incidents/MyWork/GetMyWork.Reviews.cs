using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Reviews;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.MyWork;

/// <summary>The review work in "My work": assigning and approving for the delegate, writing for the manager, deciding (the review and its extension requests) for the department.</summary>
public sealed partial class GetMyWork
{
    private static readonly FollowUpAction[] ReviewAlone = [FollowUpAction.CaseReview, FollowUpAction.RcaReview];
    private static readonly FollowUpAction[] ReviewCombined = [FollowUpAction.InvestigationOutcomeCaseReview, FollowUpAction.InvestigationOutcomeRca];

    private static readonly IncidentStatus[] CombinedOpen =
    [
        IncidentStatus.FollowUpDetermined, IncidentStatus.InvestigationInProgress, IncidentStatus.OutcomePendingApproval, IncidentStatus.OutcomeSubmitted,
    ];

    /// <summary>The SQL form of <see cref="Incident.CanOpenReview"/>, without a review yet.</summary>
    private Task<List<WorkItem>> AwaitingReviewerAsync(ClaimsPrincipal user, CancellationToken ct) =>
        OrganisationIncidents(user)
            .Where(i => i.FollowUp != null
                && ((ReviewAlone.Contains(i.FollowUp.Value) && i.Status == IncidentStatus.FollowUpDetermined)
                    || (ReviewCombined.Contains(i.FollowUp.Value) && CombinedOpen.Contains(i.Status)))
                && !db.Reviews.Any(r => r.IncidentId == i.Id))
            .Select(i => new WorkItem("Assign a review manager", i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Incidents/" + i.Id + "/Review/Assign", i.FollowUpDueAt))
            .ToListAsync(ct);

    private Task<List<WorkItem>> ReviewsToApproveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        var userId = user.UserId();
        return Reviews(db.Reviews.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Status == ReviewStatus.OutcomeAwaitingApproval && r.Manager.ResponsibleUserId != userId),
            "Approve or return the review", ct);
    }

    private Task<List<WorkItem>> ReviewsInProgressAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        return Reviews(db.Reviews.AsNoTracking().VisibleTo(user).Where(r => r.Manager.ResponsibleUserId == userId && r.Status == ReviewStatus.InProgress),
            "Carry out the review", ct);
    }

    private Task<List<WorkItem>> ReviewsToDecideAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Reviews(db.Reviews.AsNoTracking().Where(r => r.Status == ReviewStatus.OutcomeSubmitted), "Accept or return the submitted review", ct);

    private Task<List<WorkItem>> ReviewExtensionsToDecideAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Reviews(db.Reviews.AsNoTracking().Where(r => r.Extensions.Any(e => e.Status == Domain.Investigations.ExtensionStatus.Pending)), "Decide the review's extension request", ct);

    private Task<List<WorkItem>> Reviews(IQueryable<Review> reviews, string what, CancellationToken ct) =>
        reviews.Join(db.Incidents, r => r.IncidentId, i => i.Id, (r, i) =>
                new WorkItem(what, i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Reviews/" + r.Id, r.DueAt,
                    r.Holds.Where(h => h.ResumedAt == null).Select(h => (DateTimeOffset?)h.PausedAt).FirstOrDefault()))
            .ToListAsync(ct);
}
