using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.People;

/// <summary>Stage 5: the persons impacted (1 to 10), each added, changed or deleted on its own page.</summary>
public sealed class PeopleStage(ReportChoices choices, TimeProvider clock)
{
    public static readonly Error NoPeople = new("privacy.no_people", "Add at least one person impacted by the incident.", "People");

    /// <summary>The saved persons as summary rows, with the labels of their relationship and identifier type.</summary>
    public async Task<PrivacyPeopleListForm> ListAsync(Report report, Guid version, CancellationToken ct)
    {
        var relationships = await choices.LabelsAsync(OptionLists.RelationshipToDepartment, ct);
        var types = await choices.LabelsAsync(OptionLists.ClientIdentifierType, ct);
        var rows = report.People.OrderBy(p => p.Position).Select(p => new PersonRow(
            p.Id, p.FullName, relationships.GetValueOrDefault(p.Relationship, p.Relationship),
            p.Identifier is { Length: > 0 } id ? $"{types.GetValueOrDefault(p.IdentifierType, p.IdentifierType)} {id}" : "Not Applicable"));
        return new PrivacyPeopleListForm { Version = version, People = [.. rows] };
    }

    public static PrivacyPerson? Find(Report report, int personId) => report.People.FirstOrDefault(p => p.Id == personId);

    public static PrivacyPersonForm Form(PrivacyPerson p) => new()
    {
        IdentifierType = p.IdentifierType,
        Identifier = p.Identifier,
        Surname = p.Surname,
        GivenName = p.GivenName,
        Sex = p.Sex,
        IndigenousStatus = p.IndigenousStatus,
        BirthDay = p.DateOfBirth?.Day.ToString(DateFields.Culture),
        BirthMonth = p.DateOfBirth?.Month.ToString(DateFields.Culture),
        BirthYear = p.DateOfBirth?.Year.ToString(DateFields.Culture),
        Street = p.Address?.Street,
        Suburb = p.Address?.Suburb,
        State = p.Address?.State ?? "VIC",
        Postcode = p.Address?.Postcode,
        ManualAddress = p.ManualAddress,
        Relationship = p.Relationship,
        SafetyNeedsMet = p.SafetyNeedsMet,
        Principles = [.. p.Principles],
        PersonId = p.Id,
    };

    public async Task<PrivacyPersonForm> WithChoicesAsync(PrivacyPersonForm form, CancellationToken ct) => form with
    {
        Choices = new PersonChoices(
            await choices.OptionsAsync(OptionLists.ClientIdentifierType, ct),
            await choices.OptionsAsync(OptionLists.Sex, ct),
            await choices.OptionsAsync(OptionLists.IndigenousStatus, ct),
            await choices.OptionsAsync(OptionLists.RelationshipToDepartment, ct),
            await choices.OptionsAsync(OptionLists.ImmediateSafetyNeeds, ct),
            await choices.OptionsAsync(OptionLists.PrivacyPrinciple, ct)),
    };

    /// <summary>Adds the form as a new person (no id) or saves it over the person with that id.</summary>
    public Result Save(Report report, int? personId, PrivacyPersonForm form)
    {
        var person = new PrivacyPerson
        {
            IdentifierType = form.IdentifierType!,
            Identifier = form.HasIdentifier ? form.Identifier!.Trim() : null,
            Surname = form.Surname!.Trim(),
            GivenName = form.GivenName!.Trim(),
            Sex = form.Sex!,
            IndigenousStatus = form.IndigenousStatus!,
            DateOfBirth = form.DateOfBirth,
            Address = new Address(form.Street!.Trim(), form.Suburb!.Trim(), form.State, form.Postcode!.Trim()),
            ManualAddress = form.ManualAddress,
            Relationship = form.Relationship!,
            SafetyNeedsMet = form.SafetyNeedsMet!,
            Principles = [.. form.Principles.Distinct()],
        };
        var now = clock.GetUtcNow();
        return personId is { } id ? report.UpdatePerson(id, person, now) : report.AddPerson(person, now);
    }

    public Result Remove(Report report, int personId) => report.RemovePerson(personId, clock.GetUtcNow());
}
