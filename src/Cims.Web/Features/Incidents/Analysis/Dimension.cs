using System.Globalization;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>What a volume tile counts incidents by.</summary>
public enum Dimension
{
    Year,
    Division,
    Area,
    Program,
    ServiceType,
    IncidentType,
    Impact,
    Organisation,
    SubjectRole,
    Aboriginal,
}

public static class DimensionText
{
    /// <summary>The tiles of the dashboard, in order; an organisation's dashboard has no organisation tile.</summary>
    public static IReadOnlyList<Dimension> Tiles(bool everyOrganisation) =>
        [Dimension.Year, Dimension.Impact, Dimension.Division, Dimension.Area, Dimension.Program, Dimension.ServiceType, Dimension.IncidentType,
            Dimension.SubjectRole, Dimension.Aboriginal, .. everyOrganisation ? [Dimension.Organisation] : Array.Empty<Dimension>()];

    public static string Heading(this Dimension d) => d switch
    {
        Dimension.Year => "Incidents by year occurred",
        Dimension.Impact => "Major and non-major impact",
        Dimension.Division => "Incidents by division",
        Dimension.Area => "Incidents by area",
        Dimension.Program => "Incidents by program",
        Dimension.ServiceType => "Incidents by service type",
        Dimension.IncidentType => "Incidents by primary incident type",
        Dimension.SubjectRole => "Incidents by subject-of-allegation role",
        Dimension.Aboriginal => "Aboriginal and Torres Strait Islander clients",
        _ => "Incidents by organisation",
    };

    /// <summary>The first column's heading.</summary>
    public static string Column(this Dimension d) => d switch
    {
        Dimension.Year => "Year occurred",
        Dimension.IncidentType => "Incident type",
        Dimension.ServiceType => "Service type",
        Dimension.SubjectRole => "Subject of allegation",
        Dimension.Aboriginal => "Clients",
        _ => d.ToString(),
    };

    /// <summary>What the tile's figures mean, where a row is not simply a share of the incidents.</summary>
    public static string? Note(this Dimension d) => d switch
    {
        Dimension.SubjectRole => "An incident with subjects of allegation in several roles counts once in each role; one without a subject of allegation counts in none.",
        Dimension.Aboriginal => "Incidents with at least one client whose Indigenous status is Aboriginal, Torres Strait Islander, or both (ABS codes 1 to 3), and the rest.",
        _ => null,
    };

    public static string Slug(this Dimension d) => d.ToString().ToLowerInvariant();

    /// <summary>The filters of the incidents behind one row: the dimension's filter set to the row's key (a year sets the occurred dates).</summary>
    public static AnalysisFilters Drill(this Dimension d, AnalysisFilters f, int key) => Filter(d, f with { Page = null }, key);

    private static AnalysisFilters Filter(Dimension d, AnalysisFilters f, int key) => d switch
    {
        Dimension.Year => f with
        {
            Basis = DateBasis.Occurred,
            From = Later(f.Basis == DateBasis.Occurred ? f.FromDay : null, new DateOnly(key, 1, 1)),
            To = Earlier(f.Basis == DateBasis.Occurred ? f.ToDay : null, new DateOnly(key, 12, 31)),
        },
        Dimension.Division => f with { DivisionId = key },
        Dimension.Area => f with { AreaId = key },
        Dimension.Program => f with { ProgramId = key },
        Dimension.ServiceType => f with { ServiceTypeId = key },
        Dimension.IncidentType => f with { TypeId = key },
        Dimension.Impact => f with { Impact = (ImpactLevel)key },
        Dimension.SubjectRole => f with { SubjectRole = (SubjectOfAllegationRole)key },
        Dimension.Aboriginal => f with { Aboriginal = key == 1 },
        _ => f with { OrganisationId = key },
    };

    private static string Later(DateOnly? a, DateOnly b) => Text(a is { } x && x > b ? x : b);

    private static string Earlier(DateOnly? a, DateOnly b) => Text(a is { } x && x < b ? x : b);

    private static string Text(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
