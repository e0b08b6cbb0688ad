namespace Cims.Domain.Incidents;

/// <summary>
/// A note added to an incident: a correction after submission, or an amendment the delegate made
/// while endorsing. The report's own text is never overwritten after submission.
/// </summary>
public sealed record Addendum(AddendumKind Kind, string Text, string ByUserId, string ByName, DateTimeOffset At)
{
    public const int TextMaxLength = 5000;

    public int Id { get; private init; }
}

public enum AddendumKind
{
    Correction,
    DelegateAmendment,
}
