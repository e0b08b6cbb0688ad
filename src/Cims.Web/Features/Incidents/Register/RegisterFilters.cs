using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Time;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Register;

/// <summary>The register's filters, from the query string. Dates are DD/MM/YYYY days on which incidents occurred.</summary>
public sealed record RegisterFilters
{
    public const int NumberMaxLength = 30;

    public string? Number { get; init; }

    public IncidentStatus? Status { get; init; }

    public ImpactLevel? Impact { get; init; }

    public int? TypeId { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public bool Overdue { get; init; }

    public int? Page { get; init; }

    public bool Any => !string.IsNullOrWhiteSpace(Number) || Status is not null || Impact is not null || TypeId is not null
        || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To) || Overdue;

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["d/M/yyyy", "dd/MM/yyyy"], MelbourneTime.Culture, DateTimeStyles.None, out var day) ? day : null;
}

public sealed class RegisterFiltersValidator : AbstractValidator<RegisterFilters>
{
    public RegisterFiltersValidator()
    {
        RuleFor(f => f.Number).MaximumLength(RegisterFilters.NumberMaxLength)
            .WithMessage($"Enter {RegisterFilters.NumberMaxLength} characters or fewer of the incident number.");
        RuleFor(f => f.From).Must(t => RegisterFilters.ParseDay(t) is not null).When(f => !string.IsNullOrWhiteSpace(f.From))
            .WithMessage("Enter the 'occurred from' date as DD/MM/YYYY, like 01/11/2026.");
        RuleFor(f => f.To).Must(t => RegisterFilters.ParseDay(t) is not null).When(f => !string.IsNullOrWhiteSpace(f.To))
            .WithMessage("Enter the 'occurred to' date as DD/MM/YYYY, like 30/11/2026.");
        RuleFor(f => f.To).Must((f, to) => RegisterFilters.ParseDay(to) >= RegisterFilters.ParseDay(f.From))
            .When(f => RegisterFilters.ParseDay(f.From) is not null && RegisterFilters.ParseDay(f.To) is not null)
            .WithMessage("The 'occurred to' date must be the same as or after the 'occurred from' date.");
    }
}
