namespace Cims.Domain.Incidents;

/// <summary>
/// The CIMS policy era an incident is reported under. Fixed when the incident is created: every
/// deadline and follow-up rule is evaluated against it (domain reference §0.3).
/// </summary>
public enum PolicyProfile
{
    /// <summary>Client incident management guide, November 2017 (from 15 January 2018).</summary>
    E1,

    /// <summary>Policy update 1-2020 (from 3 February 2020).</summary>
    E2,

    /// <summary>CIMS policy and guidance (from 9 December 2024).</summary>
    E3,
}

public static class PolicyProfiles
{
    public static readonly DateOnly E2From = new(2020, 2, 3);
    public static readonly DateOnly E3From = new(2024, 12, 9);

    /// <summary>The profile in force on a day (Melbourne date).</summary>
    public static PolicyProfile InForceOn(DateOnly day) =>
        day >= E3From ? PolicyProfile.E3 : day >= E2From ? PolicyProfile.E2 : PolicyProfile.E1;

    public static string Describe(this PolicyProfile profile) => profile switch
    {
        PolicyProfile.E1 => "E1 – CIMS guide 2017 (from 15 January 2018)",
        PolicyProfile.E2 => "E2 – policy update 1-2020 (from 3 February 2020)",
        PolicyProfile.E3 => "E3 – CIMS policy and guidance (from 9 December 2024)",
        _ => profile.ToString(),
    };
}
