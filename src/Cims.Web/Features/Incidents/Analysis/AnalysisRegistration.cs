using Cims.Web.Data;

namespace Cims.Web.Features.Incidents.Analysis;

public static class AnalysisRegistration
{
    /// <summary>
    /// Stage 5's dashboards, drill-down lists and exports (settings Cims:Analysis:SmallCellThreshold, SummaryMinutes,
    /// SummaryJobEnabled), and the job that rebuilds the dashboards' summary. They read through
    /// <see cref="ReadOnlyDb"/>: from the replica in ConnectionStrings:CimsReadOnly when set. Likely duplicates, being
    /// decided, read the primary.
    /// </summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration("Cims:Analysis")
            .Validate(o => o.SmallCellThreshold is >= 1 and <= 100, "Cims:Analysis:SmallCellThreshold must be between 1 and 100.")
            .Validate(o => o.SummaryMinutes is >= 0 and <= 24 * 60, "Cims:Analysis:SummaryMinutes must be between 0 (off) and 1440.")
            .ValidateOnStart();
        services.AddSingleton<SmallCells>();
        services.AddReading<Summary.SummarySource>();
        services.AddScoped<Summary.BuildAnalysisSummary>();
        services.AddHostedService<Summary.AnalysisSummaryJob>();
        services.AddReading<VolumeProjection>();
        services.AddReading<GetTile>();
        services.AddReading<TimelinessProjection>();
        services.AddReading<SubstantiationProjection>();
        services.AddReading<PrivacyProjection>();
        services.AddReading<FollowUpProjection>();
        services.AddReading<OverdueProjection>();
        services.AddReading<ActionCompletionProjection>();
        services.AddReading<ListAnalysisIncidents>();
        services.AddScoped<AnalysisCsv>();
        services.AddSingleton<Repeats.Pseudonyms>();
        services.AddReading<Repeats.FindRepeats>();
        services.AddScoped<Duplicates.FindDuplicates>();
        services.AddReading<Lessons.BrowseLessons>();
        return services;
    }

    /// <summary>A reader of the dashboards: built with the read-only context (the replica, when one is configured).</summary>
    private static void AddReading<T>(this IServiceCollection services)
        where T : class =>
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<T>(sp, sp.GetRequiredService<ReadOnlyDb>().Context));
}
