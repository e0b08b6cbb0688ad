using Cims.Domain.Identity;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>Marks pages a user can reach before setting up two-step sign-in (sign-in, password and account pages).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// When Cims:RequireTwoFactor is on, sends a signed-in user in a role that needs two-step sign-in
/// (authorised delegates and department roles) to set up an authenticator app before any other page.
/// Static files and health checks never reach MVC, so they are not affected.
/// </summary>
public sealed class RequireTwoFactorFilter(IOptions<CimsOptions> options, UserManager<CimsUser> users) : IAsyncAuthorizationFilter
{
    public const string SetupPath = "/Manage/EnableAuthenticator";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!options.Value.RequireTwoFactor || IsExempt(context) || !MustUseTwoFactor(context.HttpContext))
            return;
        var user = await users.GetUserAsync(context.HttpContext.User);
        if (user is not null && !user.TwoFactorEnabled)
            context.Result = new RedirectResult(SetupPath);
    }

    /// <summary>True when the user's roles need two-step sign-in (whatever the setting).</summary>
    public static bool RoleRequiresTwoFactor(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.RequiringTwoFactor.Any(user.IsInRole);

    private static bool MustUseTwoFactor(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, AuthenticationType: var scheme }
        && scheme == IdentityConstants.ApplicationScheme
        && RoleRequiresTwoFactor(http.User);

    private static bool IsExempt(AuthorizationFilterContext context) =>
        context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any()
        || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
}

public static class TwoFactorRequirementSetup
{
    /// <summary>Adds the <see cref="RequireTwoFactorFilter"/> to every MVC action.</summary>
    public static IServiceCollection AddTwoFactorRequirement(this IServiceCollection services)
    {
        services.AddScoped<RequireTwoFactorFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<RequireTwoFactorFilter>());
        return services;
    }
}
