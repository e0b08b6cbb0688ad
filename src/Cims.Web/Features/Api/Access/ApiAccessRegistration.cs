namespace Cims.Web.Features.Api.Access;

public static class ApiAccessRegistration
{
    /// <summary>API onboarding: the requests for access, their decisions, and the clients' secrets and revocation.</summary>
    public static IServiceCollection AddApiAccess(this IServiceCollection services)
    {
        services.AddScoped<ApiAccessPages>();
        services.AddScoped<ApiAccessActions>();
        services.AddScoped<ApiClientActions>();
        return services;
    }
}
