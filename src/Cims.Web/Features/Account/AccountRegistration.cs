namespace Cims.Web.Features.Account;

public static class AccountRegistration
{
    /// <summary>Sign-in, password reset, two-factor authentication and account management.</summary>
    public static IServiceCollection AddAccountFeatures(this IServiceCollection services)
    {
        return services;
    }
}
