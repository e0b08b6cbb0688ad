using Cims.Web.Features.Account.Manage;
using Cims.Web.Features.Account.Throttling;
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
        services.AddOptions<SignInLimitsOptions>().BindConfiguration(SignInLimitsOptions.Section)
            .Validate(o => o.WindowMinutes > 0 && o.SignInPerAddress > 0 && o.ResetPerAccount > 0 && o.ResetPerAddress > 0
                && o.TwoFactorPerAccount > 0 && o.TwoFactorPerAddress > 0, $"Every {SignInLimitsOptions.Section} setting must be a whole number above 0.")
            .ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordCheck>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SignInEvents>();
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
