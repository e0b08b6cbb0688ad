namespace Cims.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>Organisations, users and the audit log.</summary>
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        return services;
    }
}
