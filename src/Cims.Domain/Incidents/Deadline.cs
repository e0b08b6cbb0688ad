namespace Cims.Domain.Incidents;

/// <summary>A due instant and the rule that set it, in words a user can check.</summary>
public sealed record Deadline(DateTimeOffset DueAt, string Rule)
{
    /// <summary>Positive while time remains; negative once overdue.</summary>
    public TimeSpan Remaining(DateTimeOffset now) => DueAt - now;

    public bool IsOverdue(DateTimeOffset now) => now > DueAt;
}
