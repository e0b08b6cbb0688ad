using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>Only department staff act on privacy reports; analysts (and administrators) read them and get 403 here.
/// A user who is not signed in is left to the sign-in challenge.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class DepartmentStaffOnlyAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IAuthorizationFilter
{
    public void OnAuthorization(Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && !user.IsInRole(Cims.Domain.Identity.Roles.DepartmentStaff))
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
