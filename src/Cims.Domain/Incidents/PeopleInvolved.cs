namespace Cims.Domain.Incidents;

/// <summary>A client involved in the incident (1 to 10 per incident).</summary>
public sealed class ClientInvolved
{
    public const int MaxPerIncident = 10;

    public int Id { get; private set; }

    public int Position { get; set; }

    public string IdentifierType { get; set; } = "";

    public string? Identifier { get; set; }

    public string Surname { get; set; } = "";

    public string GivenName { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public string Sex { get; set; } = "";

    public string IndigenousStatus { get; set; } = "";

    public Address? Address { get; set; }

    public ImpactLevel Impact { get; set; }

    /// <summary>Numbered allegations or injuries, one per line ("Allegation 1 – physical abuse").</summary>
    public string? Allegations { get; set; }

    public string FullName => $"{GivenName} {Surname}".Trim();
}

public enum OtherPersonRole
{
    SubjectOfAllegation,
    Witness,
    Other,
}

/// <summary>Who the subject of allegation is (§3.4): drives the follow-up rule.</summary>
public enum SubjectOfAllegationRole
{
    Staff,
    Carer,
    Client,
    Other,
    Unknown,
}

/// <summary>A subject of allegation, witness or other person involved.</summary>
public sealed class OtherPerson
{
    public int Id { get; private set; }

    public int Position { get; set; }

    public OtherPersonRole Role { get; set; }

    public SubjectOfAllegationRole? AllegationRole { get; set; }

    public string Name { get; set; } = "";

    public string? RelationshipToClient { get; set; }

    public string? StaffPosition { get; set; }
}
