namespace Cims.Web.Infrastructure.Sessions;

/// <summary>The "Cims:Session" configuration section: how long a browser session lasts (ADR 0050).</summary>
public sealed class SessionLifetimeOptions
{
    public const string Section = "Cims:Session";

    /// <summary>Minutes without a request after which the session ends (sliding).</summary>
    public double IdleMinutes { get; set; } = 20;

    /// <summary>Hours after signing in at which the session ends, however active the user has been.</summary>
    public double AbsoluteHours { get; set; } = 12;

    /// <summary>Seconds before the idle end at which the page warns and offers to stay signed in (WCAG 2.2.1).</summary>
    public double WarningSeconds { get; set; } = 120;

    /// <summary>Minutes a form posted after the session ended is kept for its sender to sign in again and send (ADR 0057).</summary>
    public double KeptFormMinutes { get; set; } = 60;

    public TimeSpan Idle => TimeSpan.FromMinutes(IdleMinutes);

    public TimeSpan Absolute => TimeSpan.FromHours(AbsoluteHours);
}
