namespace Cims.Web.Features.Privacy;

/// <summary>Registers the use cases of the public privacy report and the department's privacy queue.</summary>
public static class PrivacyReportRegistration
{
    public static IServiceCollection AddPrivacyReportFeatures(this IServiceCollection services)
    {
        services.AddOptions<PrivacyReportOptions>().BindConfiguration("Cims");
        services.AddScoped<PrivacyDrafts>();
        services.AddScoped<PrivacyChoices>();
        services.AddScoped<ServiceStage>();
        services.AddScoped<OfficerStage>();
        services.AddScoped<Department.ListPrivacyQueue>();
        services.AddScoped<Department.GetPrivacyReportPage>();
        services.AddScoped<Department.AssessPrivacyReport>();
        services.AddScoped<Department.AskForClientIncident>();
        services.AddScoped<Department.SendOfficerSummary>();
        services.AddScoped<Containment.ContainmentStage>();
        services.AddScoped<Containment.PrivacyFiles>();
        services.AddScoped<Containment.DownloadPrivacyFile>();
        services.AddScoped<DisclosureClock>();
        services.AddScoped<DatesStage>();
        services.AddScoped<DescriptionStage>();
        Cleanup.ExpiredDraftCleanupSetup.AddExpiredDraftCleanup(services);
        services.AddScoped<Submission.PrivacyReceipts>();
        services.AddScoped<Submission.PrivacySummaries>();
        services.AddScoped<Submission.SubmitPrivacyReport>();
        services.AddScoped<Pdf.DownloadPrivacyPdf>();
        services.AddScoped<People.PeopleStage>();
        services.AddSingleton<Addresses.VicLocalities>();
        return services;
    }
}
