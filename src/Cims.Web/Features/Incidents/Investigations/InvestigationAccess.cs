using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// Who may see and do what on an investigation, in one place: the department sees every investigation; the
/// organisation's delegates and administrators (and its provider systems' API clients) see the organisation's; anyone else sees only those they work on
/// (the investigation manager, or the user accountable for an external investigator). An investigation the user
/// may not see is "not found".
/// </summary>
public static class InvestigationAccess
{
    public static IQueryable<Investigation> VisibleTo(this IQueryable<Investigation> investigations, ClaimsPrincipal user)
    {
        if (user.IsDepartment())
            return investigations;
        var organisationId = user.OrganisationId();
        if (SeesOrganisation(user) || user.IsApiClient())
            return investigations.Where(i => i.OrganisationId == organisationId);
        var userId = user.UserId();
        return investigations.Where(i => i.OrganisationId == organisationId && i.Manager.ResponsibleUserId == userId);
    }

    /// <summary>The organisation's delegate assigns an investigation manager once the follow-up calls for one.</summary>
    public static bool CanAssignInvestigator(this Incident incident, ClaimsPrincipal user) =>
        IsDelegateOf(user, incident.OrganisationId) && incident.AwaitsInvestigator;

    public static bool CanReassign(this Investigation investigation, ClaimsPrincipal user) =>
        IsDelegateOf(user, investigation.OrganisationId) && investigation.IsOpen;

    /// <summary>The manager (or the user accountable for an external investigator) writes the plan.</summary>
    public static bool CanEditPlan(this Investigation investigation, ClaimsPrincipal user) =>
        investigation.Manager.ResponsibleUserId == user.UserId() && investigation.CanEditPlan;

    /// <summary>The manager (or the user accountable for an external investigator) records the investigation's content while it is in progress.</summary>
    public static bool CanWork(this Investigation investigation, ClaimsPrincipal user) =>
        investigation.Manager.ResponsibleUserId == user.UserId() && investigation.CanWork;

    /// <summary>Recommendations are tracked by the manager or a delegate of the organisation, also after the outcome is submitted.</summary>
    public static bool CanTrackRecommendations(this Investigation investigation, ClaimsPrincipal user) =>
        investigation.CanTrackRecommendations
        && (investigation.Manager.ResponsibleUserId == user.UserId() || IsDelegateOf(user, investigation.OrganisationId));

    /// <summary>The delegated authority endorses or returns the plan: a delegate of the organisation who did not write it.</summary>
    public static bool CanDecidePlan(this Investigation investigation, ClaimsPrincipal user) =>
        IsDelegateOf(user, investigation.OrganisationId) && investigation.CanEndorsePlan
        && investigation.Manager.ResponsibleUserId != user.UserId();

    /// <summary>The CEO or senior delegate (the authorised delegate role) approves the outcome: a delegate of the organisation who did not write it.</summary>
    public static bool CanApproveOutcome(this Investigation investigation, ClaimsPrincipal user) =>
        IsDelegateOf(user, investigation.OrganisationId) && investigation.CanApproveOutcome
        && investigation.Manager.ResponsibleUserId != user.UserId();

    /// <summary>Department staff review a submitted outcome: accept it or return it for more work.</summary>
    public static bool CanReviewOutcome(this Investigation investigation, ClaimsPrincipal user) =>
        user.IsDepartment() && user.IsInRole(Roles.DepartmentStaff) && investigation.CanReviewOutcome;

    private static bool SeesOrganisation(ClaimsPrincipal user) =>
        user.IsInRole(Roles.AuthorisedDelegate) || user.IsInRole(Roles.OrganisationAdmin);

    private static bool IsDelegateOf(ClaimsPrincipal user, int organisationId) =>
        !user.IsDepartment() && user.IsInRole(Roles.AuthorisedDelegate) && user.OrganisationId() == organisationId;
}
