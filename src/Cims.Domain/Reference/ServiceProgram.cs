namespace Cims.Domain.Reference;

/// <summary>A program in scope for CIMS, for example "Disability services".</summary>
public sealed class ServiceProgram : ReferenceItem
{
    private ServiceProgram()
    {
    }

    public static ServiceProgram Create(string name, int sortOrder) => new() { Name = name, SortOrder = sortOrder };
}
