namespace Cims.Domain.Privacy;

public enum PrivacyActivityKind
{
    Submitted,
    Assigned,
    Note,
    Closed,
    Reopened,
    Linked,
    SummarySent,
}

/// <summary>
/// One line of a report's history at the department: its submission, an assignment, a privacy officer's
/// note, its closure or reopening, a link to a client incident. Never changed once written.
/// </summary>
public sealed class PrivacyActivity
{
    public const int TextMaxLength = 4000;

    public int Id { get; private set; }

    public PrivacyActivityKind Kind { get; init; }

    public string Text { get; init; } = "";

    /// <summary>Who acted (a department user); null for the public reporter.</summary>
    public string? ByUserId { get; init; }

    public string ByName { get; init; } = "";

    public DateTimeOffset At { get; init; }
}

/// <summary>The outcomes a privacy officer records when closing an assessment.</summary>
public static class PrivacyOutcomes
{
    public const string BreachConfirmed = "BREACH";
    public const string NearMiss = "NEARMISS";
    public const string NoBreach = "NOBREACH";
    public const string NotDetermined = "UNDETERMINED";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (BreachConfirmed, "Privacy breach confirmed"),
        (NearMiss, "Near miss: no breach because of intervention"),
        (NoBreach, "No privacy breach occurred"),
        (NotDetermined, "Could not be determined"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(o => o.Code == code).Label ?? "";
}
