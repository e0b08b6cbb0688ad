namespace Cims.Web.Features.Incidents.Analysis.Repeats;

/// <summary>Whose repeats: clients (matched on identifier, or on name and date of birth) or subjects of allegation (on name).</summary>
public enum RepeatPerson
{
    Clients,
    Subjects,
}

/// <summary>One incident of a repeat person, as the list shows it: no one is named.</summary>
public sealed record RepeatIncident(int Id, string? Number, DateOnly OccurredOn, int OrganisationId);

/// <summary>One person as recorded in one incident: what the reveal shows.</summary>
public sealed record RecordedAs(int IncidentId, string Name, DateOnly? DateOfBirth, string? Identifier, string? Role);

/// <summary>
/// A client or subject of allegation found in several incidents, under a pseudonymous key. The records (who they are)
/// stay on the server unless the user reveals them, with a reason.
/// </summary>
public sealed record RepeatGroup(string Key, RepeatPerson Person, IReadOnlyList<RepeatIncident> Incidents, IReadOnlyList<string> Roles, IReadOnlyList<RecordedAs> Records)
{
    public int Organisations => Incidents.Select(i => i.OrganisationId).Distinct().Count();

    public DateOnly First => Incidents.Min(i => i.OccurredOn);

    public DateOnly Last => Incidents.Max(i => i.OccurredOn);
}
