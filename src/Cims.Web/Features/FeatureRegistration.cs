namespace Cims.Web.Features;

/// <summary>Registers the use cases of every feature folder.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddCimsFeatures(this IServiceCollection services)
    {
        return services;
    }
}
