namespace Cims.Domain.Onboarding;

/// <summary>What a funded organisation gives when it asks to join the client incident register.</summary>
public sealed record OnboardingDetails(
    string LegalName,
    string Abn,
    IEnumerable<int> AreaIds,
    IEnumerable<int> ServiceTypeIds,
    OnboardingPerson Contact,
    string? ContactPhone,
    OnboardingPerson FirstAdministrator,
    bool Declared);

/// <summary>A person named in the request: the contact, or the organisation's first administrator.</summary>
public sealed record OnboardingPerson(string Name, string Email);
