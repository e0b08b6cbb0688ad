namespace Cims.Domain.Reference;

/// <summary>A value of one of the simple option lists (see <see cref="OptionLists"/>).</summary>
public sealed class OptionItem : ReferenceItem
{
    public const int CodeMaxLength = 40;

    private OptionItem()
    {
    }

    public string List { get; private set; } = "";

    /// <summary>A stable code (for example the ABS code of an Indigenous status) kept when the label changes.</summary>
    public string Code { get; private set; } = "";

    public static OptionItem Create(string list, string code, string name, int sortOrder) =>
        new() { List = list, Code = code, Name = name, SortOrder = sortOrder };
}
