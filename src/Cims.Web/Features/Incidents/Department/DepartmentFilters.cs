using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Time;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>The department list's filters, from the query string. Dates are DD/MM/YYYY days in Melbourne.</summary>
public sealed record DepartmentFilters
{
    public int? AreaId { get; init; }

    public ImpactLevel? Impact { get; init; }

    public IncidentStatus? Status { get; init; }

    public int? OrganisationId { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public bool NeedsScreening { get; init; }

    public int? Page { get; init; }

    public bool Any => AreaId is not null || Impact is not null || Status is not null || OrganisationId is not null
        || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To) || NeedsScreening;

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["d/M/yyyy", "dd/MM/yyyy"], MelbourneTime.Culture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Midnight at the start of a Melbourne day, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), MelbourneTime.Zone), TimeSpan.Zero);
}

public sealed class DepartmentFiltersValidator : AbstractValidator<DepartmentFilters>
{
    public DepartmentFiltersValidator()
    {
        RuleFor(f => f.From).Must(t => DepartmentFilters.ParseDay(t) is not null).When(f => !string.IsNullOrWhiteSpace(f.From))
            .WithMessage("Enter the 'submitted from' date as DD/MM/YYYY, like 01/11/2026.");
        RuleFor(f => f.To).Must(t => DepartmentFilters.ParseDay(t) is not null).When(f => !string.IsNullOrWhiteSpace(f.To))
            .WithMessage("Enter the 'submitted to' date as DD/MM/YYYY, like 30/11/2026.");
        RuleFor(f => f.To).Must((f, to) => DepartmentFilters.ParseDay(to) >= DepartmentFilters.ParseDay(f.From))
            .When(f => DepartmentFilters.ParseDay(f.From) is not null && DepartmentFilters.ParseDay(f.To) is not null)
            .WithMessage("The 'submitted to' date must be the same as or after the 'submitted from' date.");
    }
}
