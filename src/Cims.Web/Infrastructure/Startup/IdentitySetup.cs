using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Infrastructure.Startup;

public static class Policies
{
    public const string Department = "Department";
    public const string CimsAdministrator = "CimsAdministrator";
    public const string UserAdministrator = "UserAdministrator";
}

public static class IdentitySetup
{
    public static IServiceCollection AddCimsIdentity(this IServiceCollection services)
    {
        services.AddIdentity<CimsUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
            })
            .AddEntityFrameworkStores<CimsDbContext>()
            .AddSignInManager<CimsSignInManager>()
            .AddClaimsPrincipalFactory<CimsClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cims.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // The Secure flag comes from the cookie policy (Security.CookieSecurity) for every cookie alike.
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Department, p => p.RequireClaim(CimsClaimTypes.IsDepartment, "true"))
            .AddPolicy(Policies.CimsAdministrator, p => p.RequireRole(Roles.CimsAdministrator))
            .AddPolicy(Policies.UserAdministrator, p => p.RequireRole(Roles.CimsAdministrator, Roles.OrganisationAdmin));
        return services;
    }
}
