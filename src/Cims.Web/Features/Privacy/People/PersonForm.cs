using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Privacy.People;

/// <summary>One person impacted (stage 5): posted by the Add and Edit pages.</summary>
public sealed record PrivacyPersonForm : StepForm
{
    public string? IdentifierType { get; init; }

    public string? Identifier { get; init; }

    public string? Surname { get; init; }

    public string? GivenName { get; init; }

    public string? Sex { get; init; }

    public string? IndigenousStatus { get; init; }

    public string? BirthDay { get; init; }

    public string? BirthMonth { get; init; }

    public string? BirthYear { get; init; }

    public string? Street { get; init; }

    public string? Suburb { get; init; }

    public string? State { get; init; } = "VIC";

    public string? Postcode { get; init; }

    public bool ManualAddress { get; init; }

    public string? Relationship { get; init; }

    public string? SafetyNeedsMet { get; init; }

    public List<string> Principles { get; init; } = [];

    /// <summary>The person being edited; null when adding.</summary>
    [BindNever, ValidateNever]
    public int? PersonId { get; init; }

    [BindNever, ValidateNever]
    public PersonChoices Choices { get; init; } = PersonChoices.None;

    public DateOnly? DateOfBirth => DateFields.Parse(BirthDay, BirthMonth, BirthYear);

    public bool BirthTyped => !string.IsNullOrWhiteSpace(BirthDay) || !string.IsNullOrWhiteSpace(BirthMonth) || !string.IsNullOrWhiteSpace(BirthYear);

    public bool IsClient => Relationship == PrivacyPerson.ClientRelationship;

    public bool HasIdentifier => IdentifierType is { Length: > 0 } and not PrivacyPerson.NotApplicable;
}

/// <summary>The option lists the person form offers (only values valid today).</summary>
public sealed record PersonChoices(
    IReadOnlyList<Choice> IdentifierTypes,
    IReadOnlyList<Choice> Sexes,
    IReadOnlyList<Choice> IndigenousStatuses,
    IReadOnlyList<Choice> Relationships,
    IReadOnlyList<Choice> SafetyNeeds,
    IReadOnlyList<Choice> Principles)
{
    public static readonly PersonChoices None = new([], [], [], [], [], []);

    public IEnumerable<Choice> InformationPrinciples => Principles.Where(p => p.Value.StartsWith("IPP", StringComparison.Ordinal));

    public IEnumerable<Choice> HealthPrinciples => Principles.Where(p => p.Value.StartsWith("HPP", StringComparison.Ordinal));

    /// <summary>Principles in neither group (an administrator's addition), so they can still be chosen.</summary>
    public IEnumerable<Choice> OtherPrinciples => Principles.Except(InformationPrinciples).Except(HealthPrinciples);
}

/// <summary>A saved person as a collapsed summary row.</summary>
public sealed record PersonRow(int Id, string Name, string Relationship, string Identifier);

/// <summary>The stage page: the saved persons, the version, and the button pressed.</summary>
public sealed record PrivacyPeopleListForm : StepForm
{
    [BindNever, ValidateNever]
    public IReadOnlyList<PersonRow> People { get; init; } = [];

    public bool CanAdd => People.Count < PrivacyPerson.MaxPerReport;
}

/// <summary>The delete confirmation: who is deleted, and the version it was shown with.</summary>
public sealed record PrivacyDeletePersonForm : StepForm
{
    [BindNever, ValidateNever]
    public string Name { get; init; } = "";
}

/// <summary>A labelled, mandatory select of an option list on the person form, with an optional hint under the label.</summary>
public sealed record PersonSelect(string Name, string Label, string? Value, IReadOnlyList<Choice> Options, string? Hint = null);
