using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.View;

/// <summary>
/// Who may add a correction once the report is no longer editable (endorsed or at the department):
/// its reporter, the organisation's delegate or administrator, or department staff.
/// </summary>
public static class AddendumRules
{
    public static bool CanAdd(Incident incident, ClaimsPrincipal user)
    {
        if (incident.IsEditable || incident.Status == IncidentStatus.Withdrawn)
            return false;
        if (user.IsInRole(Roles.DepartmentStaff))
            return true;
        if (incident.OrganisationId != user.OrganisationId())
            return false;
        return incident.ReporterUserId == user.UserId()
            || user.IsInRole(Roles.AuthorisedDelegate) || user.IsInRole(Roles.OrganisationAdmin);
    }
}
