using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>An event for an RCA review's timeline: the day, the time if known (HH:MM) and what happened.</summary>
public sealed record TimelineForm
{
    public Guid? Version { get; init; }

    public string? OccurredOnDay { get; init; }

    public string? OccurredOnMonth { get; init; }

    public string? OccurredOnYear { get; init; }

    public string? OccurredAt { get; init; }

    public string? Description { get; init; }

    public DateOnly? OccurredOn => DateFields.Parse(OccurredOnDay, OccurredOnMonth, OccurredOnYear);

    public TimeOnly? OccurredTime => DateFields.ParseTime(OccurredAt);
}

/// <summary>A root cause an RCA review found.</summary>
public sealed record RootCauseForm
{
    public Guid? Version { get; init; }

    public string? Text { get; init; }
}

/// <summary>A new action for the action plan (case review) or response plan (RCA review): what, who owns it, by when.</summary>
public sealed record ActionForm
{
    public Guid? Version { get; init; }

    public string? Text { get; init; }

    public string? Owner { get; init; }

    public string? DueOnDay { get; init; }

    public string? DueOnMonth { get; init; }

    public string? DueOnYear { get; init; }

    public DateOnly? DueOn => DateFields.Parse(DueOnDay, DueOnMonth, DueOnYear);
}

/// <summary>Where an action is now, with a note (the evidence when done, the reason when not accepted).</summary>
public sealed record TrackActionForm
{
    public Guid? Version { get; init; }

    public RecommendationStatus? Status { get; init; }

    public string? Note { get; init; }
}
