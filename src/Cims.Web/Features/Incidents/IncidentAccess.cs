using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// Who may see which incidents, decided in one place and applied to every query (an incident the user
/// may not see is "not found"): reporters see their own reports and drafts; delegates, organisation
/// administrators and investigation and review managers see their organisation's reports (not other
/// people's drafts); department users see every report once it has been submitted to the department.
/// </summary>
public static class IncidentAccess
{
    private static readonly IncidentStatus[] AtDepartment =
    [
        IncidentStatus.SubmittedToDepartment, IncidentStatus.DepartmentReview,
        IncidentStatus.FollowUpDetermined, IncidentStatus.InvestigationInProgress, IncidentStatus.OutcomePendingApproval,
        IncidentStatus.OutcomeSubmitted, IncidentStatus.Closed,
    ];

    private static readonly string[] OrganisationRoles =
        [Roles.AuthorisedDelegate, Roles.OrganisationAdmin, Roles.InvestigationManager, Roles.ReviewManager];

    public static IQueryable<Incident> VisibleTo(this IQueryable<Incident> incidents, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        if (user.IsDepartment())
            return incidents.Where(i => AtDepartment.Contains(i.Status) || i.SubmittedAt != null);
        var organisationId = user.OrganisationId();
        if (SeesOrganisation(user))
        {
            return incidents.Where(i => i.OrganisationId == organisationId
                && (i.Status != IncidentStatus.Draft || i.ReporterUserId == userId));
        }

        return incidents.Where(i => i.OrganisationId == organisationId && i.ReporterUserId == userId);
    }

    /// <summary>Delegates, organisation administrators and managers see their organisation's reports, not only their own.</summary>
    public static bool SeesOrganisation(ClaimsPrincipal user) => !user.IsDepartment() && OrganisationRoles.Any(user.IsInRole);

    /// <summary>The reporter may change their own draft or returned report.</summary>
    public static bool CanEditAsReporter(this Incident incident, ClaimsPrincipal user) =>
        incident.ReporterUserId == user.UserId()
        && incident.Status is IncidentStatus.Draft or IncidentStatus.ReturnedToReporter;

    /// <summary>The organisation's authorised delegate may return, amend and endorse.</summary>
    public static bool CanEndorse(this Incident incident, ClaimsPrincipal user) =>
        user.IsInRole(Roles.AuthorisedDelegate) && incident.OrganisationId == user.OrganisationId() && incident.CanEndorse;

    public static bool CanScreen(this Incident incident, ClaimsPrincipal user) =>
        user.IsInRole(Roles.DepartmentStaff) && incident.CanScreen;
}
