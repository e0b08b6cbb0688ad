namespace Cims.Web.Features.Incidents;

public static class IncidentRegistration
{
    /// <summary>Client incidents: the shared clock; each incident feature adds its own use cases below.</summary>
    public static IServiceCollection AddIncidentFeatures(this IServiceCollection services)
    {
        services.AddScoped<IncidentClock>();
        services.AddScoped<DepartmentSubmission>();
        Department.DepartmentRegistration.AddDepartmentIncidentFeatures(services);
        Endorsement.EndorsementRegistration.AddEndorsementFeatures(services);
        Report.ReportRegistration.AddIncidentReport(services);
        Attachments.AttachmentRegistration.AddIncidentAttachments(services);
        services.AddScoped<Register.ListRegister>();
        Investigations.InvestigationRegistration.AddInvestigations(services);
        Reviews.ReviewRegistration.AddReviews(services);
        Analysis.AnalysisRegistration.AddAnalysis(services);
        services.AddScoped<MyWork.GetMyWork>();
        services.AddScoped<View.GetIncidentStatus>();
        services.AddScoped<View.GetFollowUp>();
        services.AddScoped<Endorsement.ChangeRecommendation>();
        services.AddScoped<View.ListChangedIncidents>();
        services.AddScoped<Withdrawal.WithdrawIncident>();
        services.AddScoped<ActionRegister.ListActions>();
        services.AddScoped<ActionRegister.ListIncidentActions>();
        services.AddScoped<Investigations.GetInvestigationOutcome>();
        services.AddScoped<Reviews.GetReviewOutcome>();
        services.AddScoped<ReporterSummary.SendReporterSummary>();
        services.AddScoped<ReporterSummary.ReporterSummaryMail>();
        return services;
    }
}
