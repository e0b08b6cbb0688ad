namespace Cims.Load;

/// <summary>A step that did not get the answer a user needs: its kind (what the report counts) and what happened.</summary>
public sealed class LoadFailure(string kind, string detail) : Exception(detail)
{
    public string Kind { get; } = kind;
}
