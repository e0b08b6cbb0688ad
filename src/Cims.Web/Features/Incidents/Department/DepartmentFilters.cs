using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Validation;
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
}

public sealed class DepartmentFiltersValidator : AbstractValidator<DepartmentFilters>
{
    public DepartmentFiltersValidator()
    {
        this.DayRange(f => f.From, f => f.To, "submitted from", "submitted to");
    }
}
