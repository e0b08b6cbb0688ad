using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// Who may see and do what on a case review or RCA review, in one place: the department sees every review; the
/// organisation's delegates and administrators (and its provider systems' API clients) see the organisation's; anyone else sees only those they manage (or
/// are accountable for, with an external reviewer). A review the user may not see is "not found".
/// </summary>
public static class ReviewAccess
{
    public static IQueryable<Review> VisibleTo(this IQueryable<Review> reviews, ClaimsPrincipal user)
    {
        if (user.IsDepartment())
            return reviews;
        var organisationId = user.OrganisationId();
        if (IncidentAccess.SeesOrganisation(user) || user.IsApiClient())
            return reviews.Where(r => r.OrganisationId == organisationId);
        var userId = user.UserId();
        return reviews.Where(r => r.OrganisationId == organisationId && r.Manager.ResponsibleUserId == userId);
    }

    /// <summary>The organisation's delegate assigns the review once the follow-up calls for one (the caller checks none is open).</summary>
    public static bool CanAssignReviewer(this Incident incident, ClaimsPrincipal user) =>
        IsDelegateOf(user, incident.OrganisationId) && incident.CanOpenReview;

    public static bool CanReassign(this Review review, ClaimsPrincipal user) =>
        IsDelegateOf(user, review.OrganisationId) && review.IsOpen;

    /// <summary>The manager (or the user accountable for an external reviewer) writes the review while it is in progress.</summary>
    public static bool CanWork(this Review review, ClaimsPrincipal user) =>
        review.Manager.ResponsibleUserId == user.UserId() && review.CanWork;

    /// <summary>Actions are tracked by the manager or a delegate of the organisation, also after the review is accepted.</summary>
    public static bool CanTrackActions(this Review review, ClaimsPrincipal user) =>
        review.CanTrackActions && (review.Manager.ResponsibleUserId == user.UserId() || IsDelegateOf(user, review.OrganisationId));

    /// <summary>The CEO or senior delegate (the authorised delegate role) approves the review: a delegate of the organisation who did not write it.</summary>
    public static bool CanApprove(this Review review, ClaimsPrincipal user) =>
        IsDelegateOf(user, review.OrganisationId) && review.CanApprove && review.Manager.ResponsibleUserId != user.UserId();

    /// <summary>Department staff review a submitted review: accept it or return it for more work.</summary>
    public static bool CanReviewOutcome(this Review review, ClaimsPrincipal user) =>
        user.IsDepartment() && user.IsInRole(Roles.DepartmentStaff) && review.CanReviewOutcome;

    private static bool IsDelegateOf(ClaimsPrincipal user, int organisationId) =>
        !user.IsDepartment() && user.IsInRole(Roles.AuthorisedDelegate) && user.OrganisationId() == organisationId;
}
