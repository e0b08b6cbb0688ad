namespace Cims.Domain.Incidents;

/// <summary>The person acting: their user id and name, as recorded in histories.</summary>
public sealed record Actor(string UserId, string Name);
