namespace Cims.Web.Features.Incidents.Investigations.Time;

public static class InvestigationTimeRegistration
{
    /// <summary>The investigation's clock: extension requests and decisions, police holds (setting Cims:MaxExtensionBusinessDays).</summary>
    public static IServiceCollection AddInvestigationTime(this IServiceCollection services)
    {
        services.AddOptions<InvestigationTimeOptions>().BindConfiguration("Cims")
            .Validate(o => o.MaxExtensionBusinessDays is >= 1 and <= 260, "Cims:MaxExtensionBusinessDays must be between 1 and 260 business days.")
            .ValidateOnStart();
        services.AddScoped<InvestigationTimeRulesSource>();
        services.AddScoped<GetTimePage>();
        services.AddScoped<TimeSteps>();
        services.AddScoped<TimeMail>();
        services.AddScoped<ExtensionSteps>();
        services.AddScoped<PoliceHoldSteps>();
        services.AddScoped<PendingExtensions>();
        return services;
    }
}
