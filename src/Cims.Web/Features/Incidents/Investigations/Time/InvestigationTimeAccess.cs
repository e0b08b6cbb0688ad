using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// Who may move the investigation's clock (domain reference §5.2): the organisation requests an extension (the user
/// responsible for the investigation, or an authorised delegate of its organisation); department staff decide it, and
/// pause and resume the clock at police request. Each check also needs the investigation to be visible to the user.
/// </summary>
public static class InvestigationTimeAccess
{
    public static bool CanRequestExtension(this Investigation investigation, ClaimsPrincipal user) =>
        !user.IsDepartment() && investigation.CanRequestExtension
        && (investigation.Manager.ResponsibleUserId == user.UserId()
            || (user.IsInRole(Roles.AuthorisedDelegate) && user.OrganisationId() == investigation.OrganisationId));

    public static bool CanDecideExtension(this Investigation investigation, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && investigation.CanDecideExtension;

    public static bool CanPauseForPolice(this Investigation investigation, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && investigation.CanPauseForPolice;

    public static bool CanResumeFromHold(this Investigation investigation, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && investigation.CanResumeFromHold;

    public static bool CanHold(this Investigation investigation, ClaimsPrincipal user) =>
        investigation.CanPauseForPolice(user) || investigation.CanResumeFromHold(user);

    public static bool IsDepartmentStaff(ClaimsPrincipal user) => user.IsDepartment() && user.IsInRole(Roles.DepartmentStaff);
}
