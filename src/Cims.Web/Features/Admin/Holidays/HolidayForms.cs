using Cims.Web.Infrastructure.Calendar;
using FluentValidation;

namespace Cims.Web.Features.Admin.Holidays;

/// <summary>Adds or edits a public holiday. The date is typed as DD/MM/YYYY.</summary>
public sealed record HolidayForm
{
    public const int NameMaxLength = 100;

    public string? Date { get; init; }

    public string? Name { get; init; }

    /// <summary>The version the administrator started from (concurrency check); null when adding.</summary>
    public Guid? Version { get; init; }
}

public sealed class HolidayFormValidator : AbstractValidator<HolidayForm>
{
    public HolidayFormValidator()
    {
        RuleFor(f => f.Date).NotEmpty().WithMessage("Enter the date of the holiday.")
            .Must(d => AustralianDate.TryParse(d, out var date) && date.Year is >= HolidayYears.MinViewable and <= HolidayYears.MaxViewable)
            .WithMessage("Enter the date as DD/MM/YYYY, for example 25/12/2026.")
            .When(f => !string.IsNullOrWhiteSpace(f.Date));
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the holiday.")
            .MaximumLength(HolidayForm.NameMaxLength).WithMessage($"Enter a name of {HolidayForm.NameMaxLength} characters or fewer.");
    }
}

/// <summary>Confirms deleting a holiday; the version guards against deleting something changed meanwhile.</summary>
public sealed record DeleteHolidayForm
{
    public Guid? Version { get; init; }
}

/// <summary>Generates the holidays of a year from the Public Holidays Act rules.</summary>
public sealed record GenerateYearForm
{
    public int? Year { get; init; }
}

public sealed class GenerateYearFormValidator : AbstractValidator<GenerateYearForm>
{
    public GenerateYearFormValidator()
    {
        RuleFor(f => f.Year).NotNull().WithMessage("Choose a year.")
            .InclusiveBetween(HolidayYears.FirstGenerated, HolidayYears.LastGenerated)
            .WithMessage($"Choose a year from {HolidayYears.FirstGenerated} to {HolidayYears.LastGenerated}.");
    }
}

public static class HolidayYears
{
    public const int FirstGenerated = 2017;
    public const int LastGenerated = 2100;
    public const int MinViewable = 1900;
    public const int MaxViewable = 2200;

    public static bool IsViewable(int year) => year is >= MinViewable and <= MaxViewable;
}
