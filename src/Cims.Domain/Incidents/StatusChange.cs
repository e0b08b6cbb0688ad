namespace Cims.Domain.Incidents;

/// <summary>One move in the incident's status history: never changed once written.</summary>
public sealed record StatusChange(
    IncidentStatus From, IncidentStatus To, string ByUserId, string ByName, DateTimeOffset At, string? Reason)
{
    public int Id { get; private init; }
}
