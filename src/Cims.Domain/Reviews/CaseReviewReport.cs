namespace Cims.Domain.Reviews;

/// <summary>
/// The case review template's written sections (domain reference §8.2): the review period, incident details, defining
/// the problem, rationale, methodology, interviews, documentary and other evidence, assessment and key issues. The
/// service details, manager and incident summary come from the report; the action plan is the review's actions.
/// </summary>
public sealed record CaseReviewReport(
    DateOnly? PeriodFrom, DateOnly? PeriodTo, string? IncidentDetails, string? Problem, string? Rationale, string? Methodology,
    string? Interviews, string? Evidence, string? Assessment)
{
    public const int TextMaxLength = 8000;

    public static readonly CaseReviewReport Empty = new(null, null, null, null, null, null, null, null, null);

    public bool IsComplete =>
        PeriodFrom is not null && PeriodTo is not null
        && new[] { IncidentDetails, Problem, Rationale, Methodology, Interviews, Evidence, Assessment }.All(t => !string.IsNullOrWhiteSpace(t));
}

/// <summary>The RCA review's written parts: the review team and the RCA report (its findings); the timeline, root causes and response plan are lists.</summary>
public sealed record RcaReport(string? Team, string? Summary)
{
    public const int TextMaxLength = 8000;

    public static readonly RcaReport Empty = new(null, null);

    public bool IsComplete => !string.IsNullOrWhiteSpace(Team) && !string.IsNullOrWhiteSpace(Summary);
}

/// <summary>One event in an RCA review's timeline: when, and what happened.</summary>
public sealed class TimelineEntry
{
    public const int TextMaxLength = 2000;

    private TimelineEntry()
    {
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    /// <summary>The time of day, if known (Melbourne time, as written).</summary>
    public TimeOnly? OccurredAt { get; private set; }

    public string Description { get; private set; } = "";

    internal static TimelineEntry Create(int number, DateOnly on, TimeOnly? at, string description) =>
        new() { Number = number, OccurredOn = on, OccurredAt = at, Description = description.Trim() };
}

/// <summary>A root cause an RCA review found.</summary>
public sealed class RootCause
{
    public const int TextMaxLength = 2000;

    private RootCause()
    {
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    internal static RootCause Create(int number, string text) => new() { Number = number, Text = text.Trim() };
}
