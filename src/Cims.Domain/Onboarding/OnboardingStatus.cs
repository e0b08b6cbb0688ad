namespace Cims.Domain.Onboarding;

/// <summary>Where an organisation's request to join the client incident register is. Stored as text.</summary>
public enum OnboardingStatus
{
    /// <summary>Waiting for the CIMS administrator.</summary>
    Requested,

    /// <summary>The CIMS administrator asked the requester a question; waiting for their answer.</summary>
    InformationRequested,

    /// <summary>The organisation and its first administrator were made; the administrator was invited.</summary>
    Approved,

    /// <summary>Refused, with a reason the requester sees.</summary>
    Declined,
}

public static class OnboardingStatusText
{
    public static string Display(this OnboardingStatus status) => status switch
    {
        OnboardingStatus.Requested => "Waiting for the department",
        OnboardingStatus.InformationRequested => "Waiting for more information from you",
        OnboardingStatus.Approved => "Approved",
        OnboardingStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}

/// <summary>One move of an onboarding request: who, when, from and to which status, and why (the question, the answer or the reason).</summary>
public sealed record OnboardingMove(
    OnboardingStatus From, OnboardingStatus To, string ByUserId, string ByName, DateTimeOffset At, string? Reason)
{
    public int Id { get; private init; }
}
