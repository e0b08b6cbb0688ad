using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Validation;
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

}

public sealed class RegisterFiltersValidator : AbstractValidator<RegisterFilters>
{
    public RegisterFiltersValidator()
    {
        RuleFor(f => f.Number).MaximumLength(RegisterFilters.NumberMaxLength)
            .WithMessage($"Enter {RegisterFilters.NumberMaxLength} characters or fewer of the incident number.");
        this.DayRange(f => f.From, f => f.To, "occurred from", "occurred to");
    }
}
