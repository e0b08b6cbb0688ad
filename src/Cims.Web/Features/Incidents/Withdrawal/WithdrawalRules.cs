using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Withdrawal;

/// <summary>
/// Who may withdraw an incident, with a reason: the organisation's authorised delegate once it is reported (a
/// reporter's draft is the reporter's to delete), or department staff once it is at the department. A closed or
/// withdrawn incident stays as it is.
/// </summary>
public static class WithdrawalRules
{
    public static bool CanWithdraw(Incident incident, ClaimsPrincipal user)
    {
        if (incident.Status is IncidentStatus.Draft or IncidentStatus.Closed or IncidentStatus.Withdrawn)
            return false;
        if (user.IsDepartment())
            return user.IsInRole(Roles.DepartmentStaff);
        return user.IsInRole(Roles.AuthorisedDelegate) && incident.OrganisationId == user.OrganisationId();
    }
}
