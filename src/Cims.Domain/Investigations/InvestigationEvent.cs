namespace Cims.Domain.Investigations;

/// <summary>
/// One step in an investigation's history (assignment, a plan submitted, returned or endorsed…): what happened,
/// the status before and after, who, when and why. Never changed once written.
/// </summary>
public sealed record InvestigationEvent(
    string What, InvestigationStatus From, InvestigationStatus To, string ByUserId, string ByName, DateTimeOffset At, string? Reason)
{
    public const int WhatMaxLength = 100;
    public const int ReasonMaxLength = 2000;

    public int Id { get; private init; }
}
