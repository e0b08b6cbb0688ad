using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// Who may move the clock of an investigation or a review (domain reference §5.2): the organisation requests an
/// extension (the user responsible for the work, or an authorised delegate of its organisation); department staff
/// decide it, and pause and resume the clock at police request. Each check also needs the work to be visible to the user.
/// </summary>
public static class ClockAccess
{
    public static bool CanRequestExtension(this ClockedWork work, ClaimsPrincipal user) =>
        !user.IsDepartment() && work.CanRequestExtension
        && (work.Manager.ResponsibleUserId == user.UserId()
            || (user.IsInRole(Roles.AuthorisedDelegate) && user.OrganisationId() == work.OrganisationId));

    public static bool CanDecideExtension(this ClockedWork work, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && work.CanDecideExtension;

    public static bool CanPauseForPolice(this ClockedWork work, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && work.CanPauseForPolice;

    public static bool CanResumeFromHold(this ClockedWork work, ClaimsPrincipal user) =>
        IsDepartmentStaff(user) && work.CanResumeFromHold;

    public static bool CanHold(this ClockedWork work, ClaimsPrincipal user) =>
        work.CanPauseForPolice(user) || work.CanResumeFromHold(user);

    public static bool IsDepartmentStaff(ClaimsPrincipal user) => user.IsDepartment() && user.IsInRole(Roles.DepartmentStaff);
}
