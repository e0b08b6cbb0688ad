namespace Cims.Domain.Reference;

/// <summary>
/// A value in an admin-editable reference list. Values are never deleted once used: they are
/// retired by setting <see cref="ValidTo"/>, so old records keep their meaning.
/// </summary>
public abstract class ReferenceItem
{
    public const int NameMaxLength = 200;

    public int Id { get; protected set; }

    public string Name { get; protected set; } = "";

    public int SortOrder { get; protected set; }

    /// <summary>First day (inclusive) the value can be chosen; null means always.</summary>
    public DateOnly? ValidFrom { get; protected set; }

    /// <summary>Last day (inclusive) the value can be chosen; null means open-ended.</summary>
    public DateOnly? ValidTo { get; protected set; }

    /// <summary>Concurrency token for admin edits.</summary>
    public Guid Version { get; protected set; } = Guid.NewGuid();

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public void Edit(string name, int sortOrder, DateOnly? validFrom, DateOnly? validTo)
    {
        Name = name.Trim();
        SortOrder = sortOrder;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Version = Guid.NewGuid();
    }
}
