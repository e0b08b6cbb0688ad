using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// Who may see which incidents, decided in one place and applied to every query (an incident the user
/// may not see is "not found"): reporters see their own reports and drafts; delegates and organisation
/// administrators see their organisation's reports (not other people's drafts); investigation and review managers
/// also see the incidents whose investigation or review they manage or are accountable for; department users see every
/// report once it has been submitted to the department; a provider system's API client sees its organisation's reports.
/// </summary>
public static class IncidentAccess
{
    /// <summary>The statuses of an incident that has reached the department.</summary>
    public static readonly IncidentStatus[] AtDepartment =
    [
        IncidentStatus.SubmittedToDepartment, IncidentStatus.DepartmentReview,
        IncidentStatus.FollowUpDetermined, IncidentStatus.InvestigationInProgress, IncidentStatus.ReviewInProgress, IncidentStatus.OutcomePendingApproval,
        IncidentStatus.OutcomeSubmitted, IncidentStatus.Closed,
    ];

    private static readonly string[] OrganisationRoles = [Roles.AuthorisedDelegate, Roles.OrganisationAdmin];

    /// <summary>The incidents the department sees: those that have reached it.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Incident, bool>> SeenByDepartment = i => AtDepartment.Contains(i.Status) || i.SubmittedAt != null;

    /// <summary>The incidents this user may see: every query about incidents starts here.</summary>

    public static IQueryable<Incident> VisibleIncidents(this CimsDbContext db, ClaimsPrincipal user)
    {
        var incidents = db.Incidents;
        var userId = user.UserId();
        if (user.IsDepartment())
            return incidents.Where(SeenByDepartment);
        var organisationId = user.OrganisationId();
        if (user.IsApiClient())
            return incidents.Where(i => i.OrganisationId == organisationId && i.Status != IncidentStatus.Draft);
        if (SeesOrganisation(user))
        {
            return incidents.Where(i => i.OrganisationId == organisationId
                && (i.Status != IncidentStatus.Draft || i.ReporterUserId == userId));
        }

        if (user.IsInRole(Roles.InvestigationManager) || user.IsInRole(Roles.ReviewManager))
        {
            return incidents.Where(i => i.OrganisationId == organisationId
                && (i.ReporterUserId == userId
                    || db.Investigations.Any(v => v.IncidentId == i.Id && v.Manager.ResponsibleUserId == userId)
                    || db.Reviews.Any(r => r.IncidentId == i.Id && r.Manager.ResponsibleUserId == userId)));
        }

        return incidents.Where(i => i.OrganisationId == organisationId && i.ReporterUserId == userId);
    }

    /// <summary>Delegates and organisation administrators see their organisation's reports, not only their own.</summary>
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
