using System.Security.Claims;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account.Manage;

public static class CurrentUser
{
    /// <summary>The signed-in user's record; the pages using it require sign-in, so it always exists.</summary>
    public static async Task<CimsUser> RequireUserAsync(this UserManager<CimsUser> users, ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
}
