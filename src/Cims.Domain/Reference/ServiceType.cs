namespace Cims.Domain.Reference;

/// <summary>A service type (branch) of a program, for example "Out-of-home care".</summary>
public sealed class ServiceType : ReferenceItem
{
    private ServiceType()
    {
    }

    public int ProgramId { get; private set; }

    public ServiceProgram? Program { get; private set; }

    public static ServiceType Create(int programId, string name, int sortOrder) =>
        new() { ProgramId = programId, Name = name, SortOrder = sortOrder };
}
