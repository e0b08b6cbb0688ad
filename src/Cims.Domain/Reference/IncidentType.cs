namespace Cims.Domain.Reference;

/// <summary>An incident type with the flags that drive the report form and follow-up rules.</summary>
public sealed class IncidentType : ReferenceItem
{
    private IncidentType()
    {
    }

    public int CategoryId { get; private set; }

    public IncidentCategory? Category { get; private set; }

    /// <summary>Abuse types allow a secondary type and need subjects of allegation.</summary>
    public bool IsAbuseType { get; private set; }

    public bool RequiresInvestigationWhenMajor { get; private set; }

    public bool RequiresReviewWhenMajor { get; private set; }

    /// <summary>False where the source could not confirm the type; shown to admins for confirmation.</summary>
    public bool IsConfirmed { get; private set; }

    public static IncidentType Create(int categoryId, string name, int sortOrder, IncidentTypeFlags flags) => new()
    {
        CategoryId = categoryId,
        Name = name,
        SortOrder = sortOrder,
        IsAbuseType = flags.IsAbuseType,
        RequiresInvestigationWhenMajor = flags.RequiresInvestigationWhenMajor,
        RequiresReviewWhenMajor = flags.RequiresReviewWhenMajor,
        IsConfirmed = flags.IsConfirmed,
    };

    public void SetFlags(IncidentTypeFlags flags)
    {
        IsAbuseType = flags.IsAbuseType;
        RequiresInvestigationWhenMajor = flags.RequiresInvestigationWhenMajor;
        RequiresReviewWhenMajor = flags.RequiresReviewWhenMajor;
        IsConfirmed = flags.IsConfirmed;
        Version = Guid.NewGuid();
    }
}

public sealed record IncidentTypeFlags(
    bool IsAbuseType, bool RequiresInvestigationWhenMajor, bool RequiresReviewWhenMajor, bool IsConfirmed);
