using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using FluentValidation;

namespace Cims.Web.Features.Privacy.People;

/// <summary>
/// The person form's rules: the guide's mandatory fields, the identifier unless Not Applicable, a real date of
/// birth (required for a client, by our decision), the address, and values from the option lists.
/// </summary>
public sealed class PrivacyPersonFormValidator : AbstractValidator<PrivacyPersonForm>
{
    public const string IdentifierMessage = "Enter the client unique identifier, or choose Not Applicable as the identifier type if the person is not a client.";

    public const string BirthRequiredMessage = "Enter the client's date of birth: it is needed so the client can be clearly identified.";

    public const string BirthRealMessage = "Enter the date of birth as a real date: day, month and year, like 21 11 1990.";

    public const string PrinciplesMessage = "Choose at least one relevant privacy principle.";

    private readonly ReportChoices _choices;
    private readonly Dictionary<string, IReadOnlyList<Choice>> _offered = [];

    public PrivacyPersonFormValidator(ReportChoices choices, TimeProvider clock)
    {
        _choices = choices;
        Option(f => f.IdentifierType, OptionLists.ClientIdentifierType, "Choose the client unique identifier type. Choose Not Applicable if the person is not a client.");
        RuleFor(f => f.Identifier).Cascade(CascadeMode.Stop).NotEmpty().When(f => f.HasIdentifier).WithMessage(IdentifierMessage)
            .MaximumLength(40).WithMessage("Enter a client unique identifier of 40 characters or fewer.");
        RuleFor(f => f.Surname).NotEmpty().WithMessage("Enter the person's surname (family name).")
            .MaximumLength(100).WithMessage("Enter a surname of 100 characters or fewer.");
        RuleFor(f => f.GivenName).NotEmpty().WithMessage("Enter the person's given name.")
            .MaximumLength(100).WithMessage("Enter a given name of 100 characters or fewer.");
        Option(f => f.Sex, OptionLists.Sex, "Choose the person's sex.");
        Option(f => f.IndigenousStatus, OptionLists.IndigenousStatus, "Choose the person's Indigenous status.");
        RuleFor(f => f.BirthDay).Cascade(CascadeMode.Stop)
            .Must((f, _) => f.BirthTyped || !f.IsClient).WithMessage(BirthRequiredMessage)
            .Must((f, _) => !f.BirthTyped || f.DateOfBirth is not null).WithMessage(BirthRealMessage)
            .Must((f, _) => f.DateOfBirth is not { } d || d <= clock.Today()).WithMessage("The date of birth cannot be in the future.");
        RuleFor(f => f.Street).NotEmpty().WithMessage("Enter the street number and name of the person's address.")
            .MaximumLength(200).WithMessage("Enter a street number and name of 200 characters or fewer.");
        RuleFor(f => f.Suburb).NotEmpty().WithMessage("Enter the suburb or town.")
            .MaximumLength(100).WithMessage("Enter a suburb or town of 100 characters or fewer.");
        RuleFor(f => f.State).Must(s => AustralianStates.All.Contains(s)).WithMessage("Choose the state or territory.");
        RuleFor(f => f.Postcode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the postcode.")
            .Matches(AustralianStates.PostcodePattern).WithMessage(AustralianStates.PostcodeMessage);
        Option(f => f.Relationship, OptionLists.RelationshipToDepartment, "Choose the person's relationship to the department.");
        Option(f => f.SafetyNeedsMet, OptionLists.ImmediateSafetyNeeds,
            "Choose whether the immediate safety needs of each client have been met. Choose Not Applicable if the person is not a client.");
        RuleFor(f => f.Principles).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(PrinciplesMessage)
            .MustAsync(async (p, ct) => (await OfferedAsync(OptionLists.PrivacyPrinciple, ct)).Select(c => c.Value).ToHashSet().IsSupersetOf(p))
            .WithMessage("Choose the relevant privacy principles from the list.");
    }

    private void Option(System.Linq.Expressions.Expression<Func<PrivacyPersonForm, string?>> field, string list, string message) =>
        RuleFor(field).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(message)
            .MustAsync(async (value, ct) => (await OfferedAsync(list, ct)).Any(c => c.Value == value)).WithMessage(message);

    private async Task<IReadOnlyList<Choice>> OfferedAsync(string list, CancellationToken ct)
    {
        if (!_offered.TryGetValue(list, out var offered))
            _offered[list] = offered = await _choices.OptionsAsync(list, ct);
        return offered;
    }
}
