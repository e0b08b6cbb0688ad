namespace Cims.Domain.ApiAccess;

/// <summary>One move of a request for API access: who moved it, when, from where to where and why. Never changed once written.</summary>
public sealed record ApiAccessMove(
    ApiAccessStatus From, ApiAccessStatus To, string ByUserId, string ByName, DateTimeOffset At, string? Reason)
{
    public int Id { get; private init; }
}
