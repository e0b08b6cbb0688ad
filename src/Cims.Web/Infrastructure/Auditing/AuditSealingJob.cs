using Cims.Web.Data;
using Cims.Web.Infrastructure.Jobs;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// Seals new audit entries into the chain (<see cref="AuditChain.SealPendingAsync"/>) every
/// Cims:Audit:SealMilliseconds (500) of real time, whatever the application's clock says. Every node may run it: one
/// seals while the others find the chain taken. Off with Cims:Audit:SealingEnabled=false.
/// </summary>
public sealed class AuditSealingJob(IServiceScopeFactory scopes, IConfiguration configuration, CimsMetrics metrics, ILogger<AuditSealingJob> logger)
    : RecurringJob(TimeProvider.System, metrics, logger)
{
    protected override string Name => "The audit sealing job";

    protected override string EnabledSetting => "Cims:Audit:SealingEnabled";

    protected override bool Enabled => configuration.GetValue(EnabledSetting, true);

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(50, configuration.GetValue("Cims:Audit:SealMilliseconds", 500)));

    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await AuditChain.SealPendingAsync(scope.ServiceProvider.GetRequiredService<CimsDbContext>(), ct);
    }
}
