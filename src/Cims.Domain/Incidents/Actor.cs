namespace Cims.Domain.Incidents;

/// <summary>The person acting: their user id and name, as recorded in histories.</summary>
public sealed record Actor(string UserId, string Name)
{
    /// <summary>CIMS itself: the routing of a report the department receives, the jobs.</summary>
    public static readonly Actor System = new("system", "CIMS");
}
