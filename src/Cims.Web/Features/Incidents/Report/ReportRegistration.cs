using Cims.Web.Features.Incidents.Report.Drafts;
using Cims.Web.Features.Incidents.Report.People;
using Cims.Web.Features.Incidents.Report.Steps;
using Cims.Web.Features.Incidents.Report.Submission;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Report;

public static class ReportRegistration
{
    /// <summary>The client incident report form: drafts, steps and submission for endorsement.</summary>
    public static IServiceCollection AddIncidentReport(this IServiceCollection services)
    {
        services.AddScoped<DraftStore>();
        services.AddScoped<ReportChoices>();
        services.AddMemoryCache();
        services.AddSingleton<ReferenceCache>();
        services.AddOptions<ReferenceCacheOptions>().BindConfiguration(ReferenceCacheOptions.Section)
            .Validate(o => o.CacheSeconds is >= 0 and <= 3600, "Cims:Reference:CacheSeconds must be between 0 and 3600 seconds.").ValidateOnStart();
        services.AddScoped<StartReport>();
        services.AddScoped<ServiceStep>();
        services.AddScoped<OfficerStep>();
        services.AddScoped<DatesStep>();
        services.AddScoped<DescriptionStep>();
        services.AddScoped<ActionsStep>();
        services.AddScoped<ClientStep>();
        services.AddScoped<OtherStep>();
        services.AddScoped<BuildReview>();
        services.AddScoped<SubmitReport>();
        services.AddScoped<EndorsedReportSteps>();
        services.AddScoped<SubmitEndorsedReport>();
        services.AddScoped<ReviseEndorsedReport>();
        services.AddScoped<ListDrafts>();
        services.AddScoped<GetSubmitted>();
        return services;
    }
}
