using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Calendar;
using FluentValidation;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>Adds or edits a reference value. Dates are typed as DD/MM/YYYY.</summary>
public sealed record ReferenceItemForm
{
    public string? Name { get; init; }

    public string? SortOrder { get; init; }

    public string? ValidFrom { get; init; }

    public string? ValidTo { get; init; }

    /// <summary>The version the administrator started from (concurrency check); null when adding.</summary>
    public Guid? Version { get; init; }

    /// <summary>The division, program or category of a new area, service type or incident type.</summary>
    public int? ParentId { get; init; }

    /// <summary>The stable code of a new option value.</summary>
    public string? Code { get; init; }

    public bool IsAbuseType { get; init; }

    public bool RequiresInvestigationWhenMajor { get; init; }

    public bool RequiresReviewWhenMajor { get; init; }

    public bool IsConfirmed { get; init; }

    public IncidentTypeFlags ToFlags() => new(IsAbuseType, RequiresInvestigationWhenMajor, RequiresReviewWhenMajor, IsConfirmed);

    public int SortOrderNumber() => int.TryParse(SortOrder, out var value) ? value : 0;
}

public sealed class ReferenceItemFormValidator : AbstractValidator<ReferenceItemForm>
{
    public const int MaxSortOrder = 9999;

    public ReferenceItemFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(ReferenceItem.NameMaxLength).WithMessage($"Enter a name of {ReferenceItem.NameMaxLength} characters or fewer.");
        RuleFor(f => f.SortOrder).NotEmpty().WithMessage("Enter a sort order.")
            .Must(s => int.TryParse(s, out var n) && n is >= 0 and <= MaxSortOrder)
            .WithMessage($"Enter the sort order as a whole number from 0 to {MaxSortOrder}.");
        RuleFor(f => f.ValidFrom).Must(AustralianDate.IsEmptyOrValid)
            .WithMessage("Enter the valid-from date as DD/MM/YYYY, for example 01/07/2026.");
        RuleFor(f => f.ValidTo).Must(AustralianDate.IsEmptyOrValid)
            .WithMessage("Enter the valid-to date as DD/MM/YYYY, for example 30/06/2027.");
        RuleFor(f => f.ValidTo)
            .Must((f, to) => AustralianDate.ParseOrNull(f.ValidFrom) is not { } from || AustralianDate.ParseOrNull(to) is not { } end || end >= from)
            .WithMessage("The valid-to date must be the same as or after the valid-from date.");
        RuleFor(f => f.Code!.Trim()).MaximumLength(OptionItem.CodeMaxLength)
            .WithMessage($"Enter a code of {OptionItem.CodeMaxLength} characters or fewer.")
            .Matches("^[A-Za-z0-9_-]*$").WithMessage("Use only letters, numbers, hyphens and underscores in the code.")
            .OverridePropertyName(nameof(ReferenceItemForm.Code))
            .When(f => !string.IsNullOrWhiteSpace(f.Code));
    }
}
