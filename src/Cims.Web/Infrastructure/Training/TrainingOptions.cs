using System.Globalization;

namespace Cims.Web.Infrastructure.Training;

/// <summary>The "Cims:Training" section: the sample data and its nightly reset (used only in the training environment).</summary>
public sealed class TrainingOptions
{
    public const string Section = "Cims:Training";

    /// <summary>Melbourne time of day ("02:00") at which the sample data is reset each night; empty: never.</summary>
    public string? NightlyResetAt { get; set; }

    /// <summary>How many sample incidents the training data holds (spread over every stage).</summary>
    public int SampleIncidents { get; set; } = 150;

    /// <summary>How often the nightly reset job looks whether the reset is due.</summary>
    public int CheckMinutes { get; set; } = 5;

    /// <summary>The nightly reset time, or null when it is off.</summary>
    public TimeOnly? ResetTime() => string.IsNullOrWhiteSpace(NightlyResetAt) ? null
        : TimeOnly.TryParseExact(NightlyResetAt.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
        : throw new Startup.StartupConfigurationException($"Cims:Training:NightlyResetAt must be a time of day such as 02:00, not \"{NightlyResetAt}\".");
}
