using Cims.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// Rebuilds the dashboards' summary when the node starts and every Cims:Analysis:SummaryMinutes after. Off when that
/// is 0 (the dashboards then count live) or on a node with Cims:Analysis:SummaryJobEnabled=false.
/// </summary>
public sealed class AnalysisSummaryJob(IServiceScopeFactory scopes, IOptions<AnalysisOptions> options, TimeProvider time, CimsMetrics metrics, ILogger<AnalysisSummaryJob> logger)
    : RecurringJob(time, metrics, logger)
{
    protected override string Name => "The analysis summary job";

    protected override string EnabledSetting => "Cims:Analysis:SummaryJobEnabled";

    protected override bool Enabled => options.Value.SummaryJobEnabled && options.Value.SummaryMinutes > 0;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.SummaryMinutes);

    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var state = await scope.ServiceProvider.GetRequiredService<BuildAnalysisSummary>().RunAsync(ct);
        logger.LogInformation(
            "Analysis summary rebuilt: {Incidents} incidents in {Cells} cells in {Milliseconds} ms", state.Incidents, state.Cells, state.BuildMilliseconds);
    }
}
