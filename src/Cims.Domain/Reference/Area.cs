namespace Cims.Domain.Reference;

/// <summary>A department area within a division; shown as "Division – Area".</summary>
public sealed class Area : ReferenceItem
{
    private Area()
    {
    }

    public int DivisionId { get; private set; }

    public Division? Division { get; private set; }

    public static Area Create(int divisionId, string name, int sortOrder) =>
        new() { DivisionId = divisionId, Name = name, SortOrder = sortOrder };

    public static string Label(string division, string area) => $"{division} – {area}";
}
