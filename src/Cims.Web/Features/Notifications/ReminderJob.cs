using Cims.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Cims.Web.Infrastructure.Telemetry;

namespace Cims.Web.Features.Notifications;

/// <summary>Sends the reminders at start-up and then every Cims:ReminderIntervalMinutes; every node may run it.</summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider time, CimsMetrics metrics, ILogger<ReminderJob> logger)
    : RecurringJob(time, metrics, logger)
{
    protected override string Name => "The reminder job";

    protected override string EnabledSetting => "Cims:RemindersEnabled";

    protected override bool Enabled => options.Value.RemindersEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.ReminderIntervalMinutes));

    protected override async Task RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SendReminders>().RunAsync(ct);
    }
}
