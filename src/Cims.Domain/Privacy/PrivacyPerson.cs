using Cims.Domain.Incidents;

namespace Cims.Domain.Privacy;

/// <summary>
/// Stage 5: a person impacted by the privacy incident (1 to 10 per report): a client, a staff member or a
/// member of the public, with the privacy principles the incident touches for them.
/// </summary>
public sealed class PrivacyPerson
{
    public const int MaxPerReport = 10;

    /// <summary>The identifier type of a person who is not a client: no identifier is asked for.</summary>
    public const string NotApplicable = "NA";

    /// <summary>The relationship that makes a date of birth required.</summary>
    public const string ClientRelationship = "CLIENT";

    public int Id { get; private set; }

    public int Position { get; set; }

    public string IdentifierType { get; set; } = "";

    public string? Identifier { get; set; }

    public string Surname { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string Sex { get; set; } = "";

    public string IndigenousStatus { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public Address? Address { get; set; }

    /// <summary>"No address match for the client": the address was typed by hand.</summary>
    public bool ManualAddress { get; set; }

    public string Relationship { get; set; } = "";

    /// <summary>"Have the immediate safety needs of each client been met": Yes, No or Not Applicable.</summary>
    public string SafetyNeedsMet { get; set; } = "";

    /// <summary>The relevant privacy principles, as option codes (IPP1…IPP10, HPP1…HPP11).</summary>
    public List<string> Principles { get; set; } = [];

    public string FullName => $"{GivenName} {Surname}".Trim();

    /// <summary>Copies the values of <paramref name="other"/> (an edit keeps the id and position).</summary>
    public void CopyFrom(PrivacyPerson other)
    {
        IdentifierType = other.IdentifierType;
        Identifier = other.Identifier;
        Surname = other.Surname;
        GivenName = other.GivenName;
        Sex = other.Sex;
        IndigenousStatus = other.IndigenousStatus;
        DateOfBirth = other.DateOfBirth;
        Address = other.Address;
        ManualAddress = other.ManualAddress;
        Relationship = other.Relationship;
        SafetyNeedsMet = other.SafetyNeedsMet;
        Principles = [.. other.Principles];
    }
}
