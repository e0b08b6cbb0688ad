using Cims.Domain.Reference;

namespace Cims.Web.Features.Admin.ReferenceData;

public enum ReferenceListKind
{
    Divisions,
    Areas,
    Programs,
    ServiceTypes,
    IncidentCategories,
    IncidentTypes,
    Options,
}

/// <summary>One administrable reference list: its address (slug), title and what its values hang from.</summary>
public sealed record ReferenceList(string Slug, string Title, ReferenceListKind Kind, string? OptionList = null)
{
    public static readonly IReadOnlyList<ReferenceList> All =
    [
        new("divisions", "Divisions", ReferenceListKind.Divisions),
        new("areas", "Areas", ReferenceListKind.Areas),
        new("programs", "Programs", ReferenceListKind.Programs),
        new("service-types", "Service types", ReferenceListKind.ServiceTypes),
        new("incident-categories", "Incident categories", ReferenceListKind.IncidentCategories),
        new("incident-types", "Incident types", ReferenceListKind.IncidentTypes),
        .. OptionLists.Titles.Select(t => new ReferenceList(t.Key, t.Value, ReferenceListKind.Options, t.Key)),
    ];

    /// <summary>The list a value must belong to when added ("Division" for areas), or null.</summary>
    public string? ParentLabel => Kind switch
    {
        ReferenceListKind.Areas => "Division",
        ReferenceListKind.ServiceTypes => "Program",
        ReferenceListKind.IncidentTypes => "Category",
        _ => null,
    };

    public bool HasCode => Kind == ReferenceListKind.Options;

    public bool HasFlags => Kind == ReferenceListKind.IncidentTypes;

    /// <summary>Where a name must be unique, in words: "in this division".</summary>
    public string UniqueWithin => ParentLabel is { } parent && Kind != ReferenceListKind.IncidentTypes
        ? $"in this {parent.ToLowerInvariant()}"
        : "in this list";

    public static ReferenceList? Find(string? slug) =>
        All.FirstOrDefault(l => string.Equals(l.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
