using System.Diagnostics;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// A clock that starts at a chosen instant, moves forward with real time, and that a test can move on,
/// so a browser app can run "in" another year while its pages still see time pass.
/// </summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _advancedTicks;

    public override DateTimeOffset GetUtcNow() =>
        start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started) + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    /// <summary>Moves the clock on by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _advancedTicks, by.Ticks);

    /// <summary>Moves the clock on to <paramref name="instant"/> (never back).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by > TimeSpan.Zero)
            Advance(by);
    }
}
