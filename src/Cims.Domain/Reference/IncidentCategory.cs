namespace Cims.Domain.Reference;

/// <summary>A grouping of incident types (Abuse, Injury, Quality of care, ...).</summary>
public sealed class IncidentCategory : ReferenceItem
{
    private IncidentCategory()
    {
    }

    public static IncidentCategory Create(string name, int sortOrder) => new() { Name = name, SortOrder = sortOrder };
}
