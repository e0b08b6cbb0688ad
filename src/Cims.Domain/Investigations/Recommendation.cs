namespace Cims.Domain.Investigations;

/// <summary>Where a recommendation is: tracked until it is done, or not accepted with a reason.</summary>
public enum RecommendationStatus
{
    Open,
    InProgress,
    Done,
    NotAccepted,
}

public static class RecommendationStatusText
{
    public static string Display(this RecommendationStatus status) => status switch
    {
        RecommendationStatus.Open => "Open",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Done => "Done",
        RecommendationStatus.NotAccepted => "Not accepted",
        _ => status.ToString(),
    };
}

/// <summary>A recommendation of the investigation: what should change, who owns it, by when, and where it is.</summary>
public sealed class Recommendation
{
    public const int TextMaxLength = 2000;
    public const int OwnerMaxLength = 200;

    private Recommendation()
    {
    }

    public int Id { get; private set; }

    /// <summary>Its number within the investigation (1, 2, …): how pages and people refer to it.</summary>
    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public RecommendationStatus Status { get; private set; }

    /// <summary>The evidence of completion once done, why it was not accepted (both required then), or a note on its progress.</summary>
    public string? StatusNote { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOverdue(DateOnly today) => Status is RecommendationStatus.Open or RecommendationStatus.InProgress && today > DueOn;

    internal static Recommendation Create(string text, string owner, DateOnly dueOn, int number, DateTimeOffset now) => new()
    {
        Number = number,
        Text = text.Trim(),
        Owner = owner.Trim(),
        DueOn = dueOn,
        Status = RecommendationStatus.Open,
        UpdatedAt = now,
    };

    internal void Track(RecommendationStatus status, string? note, DateTimeOffset now)
    {
        Status = status;
        StatusNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = now;
    }
}
