using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.ReporterSummary;

/// <summary>
/// Who may send the reporter the outcome summary: an authorised delegate of the incident's organisation, once the
/// incident is closed and while no summary has been sent.
/// </summary>
public static class ReporterSummaryRules
{
    public static bool CanSend(Incident incident, ClaimsPrincipal user) =>
        incident.CanSendReporterSummary && !user.IsDepartment()
        && user.IsInRole(Roles.AuthorisedDelegate) && incident.OrganisationId == user.OrganisationId();
}
