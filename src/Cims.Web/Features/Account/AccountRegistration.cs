using Cims.Web.Features.Account.Manage;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account;

public static class AccountRegistration
{
    /// <summary>Sign-in, password reset, two-factor authentication and account management.</summary>
    public static IServiceCollection AddAccountFeatures(this IServiceCollection services)
    {
        services.AddScoped<IdentityErrorDescriber, CimsIdentityErrorDescriber>();
        services.AddTwoFactorRequirement();
        services.AddScoped<PasswordResetLink>();
        services.AddScoped<SendPasswordReset>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<AccountOverview>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<AuthenticatorSetup>();
        services.AddScoped<TwoFactorSettings>();
        return services;
    }
}
