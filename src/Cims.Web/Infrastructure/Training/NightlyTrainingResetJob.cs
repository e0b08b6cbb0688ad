using Cims.Web.Infrastructure.Jobs;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Training;

/// <summary>
/// The training environment's nightly reset (<c>Cims:Training:NightlyResetAt</c>, Melbourne time): every few minutes a
/// node looks whether the reset time has come within the last hour and nobody has reset tonight; the first node to
/// record the day runs it, so two nodes never reset twice. A node that was down all that hour skips the night rather
/// than wipe a learner's work in the morning.
/// </summary>
public sealed class NightlyTrainingResetJob(
    IServiceScopeFactory scopes, TrainingMode training, IOptions<TrainingOptions> options, TimeProvider time, CimsMetrics metrics,
    ILogger<NightlyTrainingResetJob> logger)
    : RecurringJob(time, metrics, logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    protected override string Name => "The nightly training reset";

    protected override string EnabledSetting => "Cims:Training:NightlyResetAt";

    protected override bool Enabled => training.IsOn && options.Value.ResetTime() is not null;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.CheckMinutes));

    protected override async Task RunAsync(CancellationToken ct)
    {
        if (Due(Clock.GetUtcNow(), options.Value.ResetTime()!.Value) is not { } day)
            return;
        using var scope = scopes.CreateScope();
        var reset = scope.ServiceProvider.GetRequiredService<TrainingReset>();
        if (await reset.ClaimAsync(day, ct))
            await reset.RunAsync("the nightly reset", ct);
    }

    /// <summary>The Melbourne day whose reset is due at <paramref name="now"/>, or null outside the hour after the reset time.</summary>
    public static DateOnly? Due(DateTimeOffset now, TimeOnly at)
    {
        var local = now.ToMelbourne();
        var since = local.TimeOfDay - at.ToTimeSpan();
        if (since < TimeSpan.Zero)
            since += TimeSpan.FromDays(1); // a reset time just before midnight, checked just after it
        if (since >= Window)
            return null;
        return DateOnly.FromDateTime(local.DateTime - since);
    }
}
