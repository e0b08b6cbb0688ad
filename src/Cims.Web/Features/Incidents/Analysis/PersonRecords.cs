using Cims.Domain.Incidents;

#pragma warning disable CA1304 // ToLower() and ToUpper() in these queries are SQL LOWER() and UPPER(), run by the database: no .NET culture applies

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// A client or subject of allegation as recorded in one incident, with the keys people are matched on (computed by the
/// database): a client's identifier (type and value, upper case, trimmed), a client's given name and surname (lower
/// case, trimmed) with the date of birth, a subject's full name (lower case, trimmed). Names stay on the server.
/// </summary>
public sealed class PersonRecord
{
    public int IncidentId { get; init; }

    public string? Number { get; init; }

    public int OrganisationId { get; init; }

    public DateOnly OccurredOn { get; init; }

    /// <summary>The service's postcode and suburb (lower case): where the incident happened.</summary>
    public string? Postcode { get; init; }

    public string? Suburb { get; init; }

    public string? IdKey { get; init; }

    public string? NameKey { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string Name { get; init; } = "";

    public string? Identifier { get; init; }

    public SubjectOfAllegationRole? Role { get; init; }
}

public static class PersonRecords
{
    /// <summary>Every client of the incidents.</summary>
    public static IQueryable<PersonRecord> Clients(IQueryable<Incident> incidents) =>
        from i in incidents
        from c in i.Clients
        select new PersonRecord
        {
            IncidentId = i.Id,
            Number = i.Number,
            OrganisationId = i.OrganisationId,
            OccurredOn = i.Dates!.OccurredOn,
            Postcode = i.Service!.ServiceAddress.Postcode,
            Suburb = i.Service!.ServiceAddress.Suburb!.Trim().ToLower(),
            IdKey = c.Identifier == null || c.Identifier.Trim() == "" ? null : c.IdentifierType + "|" + c.Identifier.Trim().ToUpper(),
            NameKey = c.DateOfBirth == null ? null : c.GivenName.Trim().ToLower() + "|" + c.Surname.Trim().ToLower(),
            DateOfBirth = c.DateOfBirth,
            Name = c.GivenName + " " + c.Surname,
            Identifier = c.Identifier == null ? null : c.IdentifierType + " " + c.Identifier,
        };

    /// <summary>Every subject of allegation of the incidents with a full name (two words or more).</summary>
    public static IQueryable<PersonRecord> Subjects(IQueryable<Incident> incidents) =>
        from i in incidents
        from o in i.Others
        where o.Role == OtherPersonRole.SubjectOfAllegation && o.Name.Trim().Contains(" ")
        select new PersonRecord
        {
            IncidentId = i.Id,
            Number = i.Number,
            OrganisationId = i.OrganisationId,
            OccurredOn = i.Dates!.OccurredOn,
            NameKey = o.Name.Trim().ToLower(),
            Name = o.Name,
            Role = o.AllegationRole,
        };
}
