namespace Cims.Domain.Incidents;

/// <summary>
/// A note added to an incident: a correction after submission, an amendment the delegate made
/// while endorsing, or a revision sent by the provider's system before the department acted (which lists what changed).
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

    /// <summary>The provider's system replaced the report before the department acted on it (<see cref="Incident.Revise"/>).</summary>
    Revision,
}
