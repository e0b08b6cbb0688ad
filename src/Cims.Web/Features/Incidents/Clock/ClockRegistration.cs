namespace Cims.Web.Features.Incidents.Clock;

public static class ClockRegistration
{
    /// <summary>The clock of investigations and reviews: extension requests and decisions, police holds (setting Cims:MaxExtensionBusinessDays).</summary>
    public static IServiceCollection AddClock(this IServiceCollection services)
    {
        services.AddOptions<ClockOptions>().BindConfiguration("Cims")
            .Validate(o => o.MaxExtensionBusinessDays is >= 1 and <= 260, "Cims:MaxExtensionBusinessDays must be between 1 and 260 business days.")
            .ValidateOnStart();
        services.AddScoped<ClockRulesSource>();
        services.AddScoped<GetTimePage>();
        services.AddScoped<WorkMail>();
        services.AddScoped<ClockSteps>();
        services.AddScoped<ClockMail>();
        services.AddScoped<ExtensionSteps>();
        services.AddScoped<PoliceHoldSteps>();
        services.AddScoped<PendingExtensions>();
        return services;
    }
}
