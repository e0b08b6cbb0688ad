using Cims.Web.Features.Incidents.Batch;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Endorsement;

public static class EndorsementRegistration
{
    /// <summary>The incident page, addendums, the delegate's endorsement and the monthly batch job.</summary>
    public static IServiceCollection AddEndorsementFeatures(this IServiceCollection services)
    {
        services.AddScoped<GetIncidentPage>();
        services.AddScoped<AddAddendum>();
        services.AddScoped<EndorsementWrites>();
        services.AddScoped<EndorsementMail>();
        services.AddScoped<GetReviewPage>();
        services.AddScoped<GetEndorsementQueue>();
        services.AddScoped<GetNextBatch>();
        services.AddScoped<ReturnIncident>();
        services.AddScoped<AmendIncident>();
        services.AddScoped<EndorseIncident>();
        services.AddSingleton<MonthlyBatch>();
        services.AddOptions<MonthlyBatchOptions>().BindConfiguration("Cims");
        services.AddHostedService<MonthlyBatchJob>();
        return services;
    }
}
