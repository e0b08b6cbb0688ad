namespace Cims.Domain.Incidents;

/// <summary>A street address: chosen from the suburb list or typed by hand ("No address match").</summary>
public sealed record Address(string? Street, string? Suburb, string? State, string? Postcode)
{
    private Address()
        : this(null, null, null, null)
    {
    }

    public override string ToString() =>
        string.Join(", ", new[] { Street, Suburb, string.Join(" ", new[] { State, Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>Service details: where and through which program the service was delivered.</summary>
public sealed record ServiceDetails(int AreaId, int ProgramId, int ServiceTypeId, Address ServiceAddress, bool ManualAddress)
{
    private ServiceDetails()
        : this(0, 0, 0, null!, false)
    {
    }
}

/// <summary>The reporting officer: cannot be anonymous.</summary>
public sealed record ReportingOfficer(
    string Surname, string GivenName, string JobTitle, string Telephone, string Email, string LineManagerName);

/// <summary>
/// When it happened (local date and time with their accuracy) and when the service became aware:
/// the instant that starts the reporting clock.
/// </summary>
public sealed record IncidentDates(
    DateOnly OccurredOn, string DateAccuracy, TimeOnly OccurredAtTime, string TimeAccuracy, DateTimeOffset AwareAt);

/// <summary>What happened: location, description, impact and type.</summary>
public sealed record IncidentDescription(
    string Location, string Description, ImpactLevel Impact, int PrimaryTypeId, int? SecondaryTypeId)
{
    public const int DescriptionMaxLength = 5000;
}

/// <summary>The immediate response checklist (§7.6) and police details.</summary>
public sealed record ImmediateActions(
    IReadOnlyList<string> Taken, DateTimeOffset? PoliceNotifiedAt, string? PoliceReference, string? OtherDetails);
