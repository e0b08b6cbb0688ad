namespace Cims.Web.Features.Admin;

public static class ReferenceDataRegistration
{
    /// <summary>Reference data lists and public holidays.</summary>
    public static IServiceCollection AddReferenceDataFeatures(this IServiceCollection services)
    {
        return services;
    }
}
