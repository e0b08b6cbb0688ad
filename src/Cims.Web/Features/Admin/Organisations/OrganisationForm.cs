using Cims.Domain.Organisations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>The create and edit form of an organisation.</summary>
public sealed record OrganisationForm
{
    public string? Name { get; init; }

    public string? Abn { get; init; }

    public OrganisationKind? Kind { get; init; }

    /// <summary>The organisation agrees to be named beside its lessons in the lessons library.</summary>
    public bool NamedInLessons { get; init; }

    public int[]? AreaIds { get; init; }

    public int[]? ServiceTypeIds { get; init; }

    /// <summary>The concurrency token the editor started from (edit only).</summary>
    public Guid? Version { get; init; }

    /// <summary>The areas and service types offered: filled by the server, never bound from the request.</summary>
    [BindNever, ValidateNever]
    public OrganisationChoices Choices { get; init; } = OrganisationChoices.None;
}

public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the organisation's name.")
            .MaximumLength(Organisation.NameMaxLength).WithMessage($"Enter a name of {Organisation.NameMaxLength} characters or fewer.");
        RuleFor(f => f.Abn).Must(AbnChecksum.IsValid).When(f => !string.IsNullOrWhiteSpace(f.Abn))
            .WithMessage("Enter a valid ABN: 11 digits, like 51 824 753 556, or leave it blank.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of organisation.")
            .IsInEnum().WithMessage("Choose the kind of organisation.");
    }
}

/// <summary>Reference values offered as checkboxes, grouped under a legend.</summary>
public sealed record CheckboxGroup(string Legend, IReadOnlyList<CheckboxOption> Options);

public sealed record CheckboxOption(int Id, string Label);

public sealed record OrganisationChoices(IReadOnlyList<CheckboxGroup> AreaGroups, IReadOnlyList<CheckboxGroup> ServiceTypeGroups)
{
    public static readonly OrganisationChoices None = new([], []);

    public IEnumerable<int> AreaIds => AreaGroups.SelectMany(g => g.Options).Select(o => o.Id);

    public IEnumerable<int> ServiceTypeIds => ServiceTypeGroups.SelectMany(g => g.Options).Select(o => o.Id);
}

/// <summary>What the checkbox-group partial renders: one fieldset per group, checked where selected.</summary>
public sealed record CheckboxGroupsModel(string Name, string Legend, IReadOnlyList<CheckboxGroup> Groups, IReadOnlyCollection<int> Selected);
