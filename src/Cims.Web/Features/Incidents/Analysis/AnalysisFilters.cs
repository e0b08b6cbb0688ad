using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Validation;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>Which day the date range filters: the day the incident occurred, or the day it was submitted.</summary>
public enum DateBasis
{
    Occurred,
    Submitted,
}

/// <summary>
/// The filters of the dashboards, their drill-down lists and exports, from the query string: a date range (DD/MM/YYYY,
/// Melbourne days) on the day occurred or submitted, division, area, program, service type, organisation, incident
/// type and impact. The same filters travel with every link and every export.
/// </summary>
public sealed record AnalysisFilters
{
    public string? From { get; init; }

    public string? To { get; init; }

    public DateBasis Basis { get; init; }

    public int? DivisionId { get; init; }

    public int? AreaId { get; init; }

    public int? ProgramId { get; init; }

    public int? ServiceTypeId { get; init; }

    public int? OrganisationId { get; init; }

    public int? TypeId { get; init; }

    public ImpactLevel? Impact { get; init; }

    /// <summary>Incidents with a subject of allegation in this role.</summary>
    public SubjectOfAllegationRole? SubjectRole { get; init; }

    /// <summary>True: incidents with an Aboriginal and/or Torres Strait Islander client; false: without one.</summary>
    public bool? Aboriginal { get; init; }

    /// <summary>Incidents whose investigation found on an allegation of this incident type.</summary>
    public string? AllegationType { get; init; }

    /// <summary>With <see cref="AllegationType"/>: true, an allegation of it substantiated; false, one found otherwise.</summary>
    public bool? Substantiated { get; init; }

    /// <summary>True: reports that reached the department by their due date; false: late ones.</summary>
    public bool? OnTime { get; init; }

    /// <summary>Incidents whose follow-up work or actions are in this state (on time, late, overdue, extended, done…).</summary>
    public WorkMeasure? Work { get; init; }

    public int? Page { get; init; }

    public DateOnly? FromDay => AustralianDate.ParseOrNull(From);

    public DateOnly? ToDay => AustralianDate.ParseOrNull(To);

    /// <summary>These filters, or with no dates at all the last twelve months to <paramref name="today"/> (for the pages that search people).</summary>
    public AnalysisFilters OrLastYear(DateOnly today) =>
        string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)
            ? this with { From = today.AddYears(-1).AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), To = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) }
            : this;

    /// <summary>The filters set, as query-string pairs (the page number left out).</summary>
    public IEnumerable<(string Name, string Value)> Values()
    {
        if (!string.IsNullOrWhiteSpace(From))
            yield return (nameof(From), From.Trim());
        if (!string.IsNullOrWhiteSpace(To))
            yield return (nameof(To), To.Trim());
        if (Basis != DateBasis.Occurred)
            yield return (nameof(Basis), Basis.ToString());
        foreach (var (name, id) in Ids())
        {
            if (id is { } value)
                yield return (name, value.ToString(CultureInfo.InvariantCulture));
        }

        if (Impact is { } impact)
            yield return (nameof(Impact), impact.ToString());
        if (SubjectRole is { } role)
            yield return (nameof(SubjectRole), role.ToString());
        if (Aboriginal is { } aboriginal)
            yield return (nameof(Aboriginal), aboriginal ? "true" : "false");
        if (!string.IsNullOrWhiteSpace(AllegationType))
            yield return (nameof(AllegationType), AllegationType.Trim());
        if (Substantiated is { } substantiated)
            yield return (nameof(Substantiated), substantiated ? "true" : "false");
        if (OnTime is { } onTime)
            yield return (nameof(OnTime), onTime ? "true" : "false");
        if (Work is { } work)
            yield return (nameof(Work), work.ToString());
    }

    /// <summary>"?From=…&amp;AreaId=…", or "" with no filter; <paramref name="page"/> adds the page.</summary>
    public string Query(int? page = null)
    {
        var pairs = Values().Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}").ToList();
        if (page is > 1)
            pairs.Add($"Page={page.Value.ToString(CultureInfo.InvariantCulture)}");
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    /// <summary>The filters in a file name: "occurred-01-01-2024-to-31-12-2024_AreaId-3", or "all".</summary>
    public string FileNamePart()
    {
        var parts = new List<string>();
        if (FromDay is not null || ToDay is not null)
            parts.Add($"{Basis.ToString().ToLowerInvariant()}-{FromDay?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "start"}-to-{ToDay?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "today"}");
        parts.AddRange(Values().Where(p => p.Name is not (nameof(From) or nameof(To) or nameof(Basis))).Select(p => $"{p.Name}-{p.Value}"));
        return parts.Count == 0 ? "all" : string.Join("_", parts);
    }

    private IEnumerable<(string, int?)> Ids() =>
    [
        (nameof(DivisionId), DivisionId), (nameof(AreaId), AreaId), (nameof(ProgramId), ProgramId), (nameof(ServiceTypeId), ServiceTypeId),
        (nameof(OrganisationId), OrganisationId), (nameof(TypeId), TypeId),
    ];
}

public sealed class AnalysisFiltersValidator : AbstractValidator<AnalysisFilters>
{
    public AnalysisFiltersValidator()
    {
        this.DayRange(f => f.From, f => f.To, "from", "to", "01/01/2024", "31/12/2024");
        RuleFor(f => f.Basis).IsInEnum().WithMessage("Choose whether the dates are when incidents occurred or were submitted.");
        RuleFor(f => f.Impact).IsInEnum().WithMessage("Choose an impact from the list.");
        RuleFor(f => f.AllegationType).MaximumLength(Domain.Investigations.Allegation.TypeMaxLength).WithMessage("Choose an allegation type from the list.");
        RuleFor(f => f.SubjectRole).IsInEnum().WithMessage("Choose a subject-of-allegation role from the list.");
        RuleFor(f => f.Work).IsInEnum().WithMessage("Choose a state of follow-up work or actions from the list.");
    }
}
