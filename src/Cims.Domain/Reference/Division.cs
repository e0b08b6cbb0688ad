namespace Cims.Domain.Reference;

/// <summary>A department division (North, South, East, West).</summary>
public sealed class Division : ReferenceItem
{
    private Division()
    {
    }

    public static Division Create(string name, int sortOrder) => new() { Name = name, SortOrder = sortOrder };
}
