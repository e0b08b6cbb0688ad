namespace Cims.Web.Features.Incidents.Analysis;

public static class AnalysisRegistration
{
    /// <summary>Stage 5's dashboards, drill-down lists and exports (setting Cims:Analysis:SmallCellThreshold).</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration("Cims:Analysis")
            .Validate(o => o.SmallCellThreshold is >= 1 and <= 100, "Cims:Analysis:SmallCellThreshold must be between 1 and 100.")
            .ValidateOnStart();
        services.AddSingleton<SmallCells>();
        services.AddScoped<VolumeProjection>();
        services.AddScoped<GetTile>();
        services.AddScoped<TimelinessProjection>();
        services.AddScoped<SubstantiationProjection>();
        services.AddScoped<PrivacyProjection>();
        services.AddScoped<FollowUpProjection>();
        services.AddScoped<OverdueProjection>();
        services.AddScoped<ActionCompletionProjection>();
        services.AddScoped<ListAnalysisIncidents>();
        services.AddScoped<AnalysisCsv>();
        services.AddSingleton<Repeats.Pseudonyms>();
        services.AddScoped<Repeats.FindRepeats>();
        services.AddScoped<Duplicates.FindDuplicates>();
        services.AddScoped<Lessons.BrowseLessons>();
        return services;
    }
}
