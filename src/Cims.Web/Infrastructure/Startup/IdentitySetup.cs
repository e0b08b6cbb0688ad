using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Identity.CommonPasswords;
using Cims.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Startup;

public static class Policies
{
    public const string Department = "Department";
    public const string CimsAdministrator = "CimsAdministrator";
    public const string UserAdministrator = "UserAdministrator";
    public const string SecurityOfficer = "SecurityOfficer";
}

public static class IdentitySetup
{
    public const int PasswordIterations = 210_000;

    public static IServiceCollection AddCimsIdentity(this IServiceCollection services)
    {
        services.AddIdentity<CimsUser, IdentityRole>(o =>
            {
                // NIST SP 800-63B: length and a list of common passwords, no composition rules (ADR 0042).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
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
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokens.Provider)
            .AddPasswordValidator<CommonPasswordValidator>();
        // OWASP's Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 at 210,000 iterations. Identity rehashes a stored
        // hash with fewer iterations at the user's next successful sign-in (SuccessRehashNeeded).
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.Section);
        services.AddScoped<InvitationTokens>();
        services.AddScoped<KeptForms>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cims.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // The Secure flag comes from the cookie policy (Security.CookieSecurity) for every cookie alike.
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = Auditing.RefusedAccessAudit.AccessDeniedPath;
            var accessDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                Auditing.RefusedAccessAudit.MarkForbidden(context.HttpContext);
                return accessDenied(context);
            };
        });
        services.AddOptions<SessionLifetimeOptions>().BindConfiguration(SessionLifetimeOptions.Section)
            .Validate(o => o.IdleMinutes > 0 && o.AbsoluteHours > 0 && o.WarningSeconds >= 0 && o.WarningSeconds < o.IdleMinutes * 60,
                $"{SessionLifetimeOptions.Section}: IdleMinutes and AbsoluteHours must be above 0, WarningSeconds at least 0 and shorter than the idle time.")
            .ValidateOnStart();
        // Idle and absolute lifetime (ADR 0050), after the cookie settings above so that it wraps Identity's
        // security stamp check.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionLifetimeOptions>>((o, session) => SessionLifetime.Configure(o, session.Value));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Department, p => p.RequireClaim(CimsClaimTypes.IsDepartment, "true"))
            .AddPolicy(Policies.CimsAdministrator, p => p.RequireRole(Roles.CimsAdministrator))
            .AddPolicy(Policies.UserAdministrator, p => p.RequireRole(Roles.CimsAdministrator, Roles.OrganisationAdmin))
            .AddPolicy(Policies.SecurityOfficer, p => p.RequireRole(Roles.SecurityOfficer).RequireClaim(CimsClaimTypes.IsDepartment, "true"));
        return services;
    }
}
