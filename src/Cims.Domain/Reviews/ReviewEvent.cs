namespace Cims.Domain.Reviews;

/// <summary>One step in a review's history: what happened, the status before and after, who, when and why. Never changed once written.</summary>
public sealed record ReviewEvent(
    string What, ReviewStatus From, ReviewStatus To, string ByUserId, string ByName, DateTimeOffset At, string? Reason)
{
    public const int WhatMaxLength = 100;
    public const int ReasonMaxLength = 2000;

    public int Id { get; private init; }
}
