using Cims.Domain.Common;

namespace Cims.Domain.Organisations;

/// <summary>A funded agency or the department. Users belong to exactly one organisation.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;

    private readonly List<OrganisationArea> _areas = [];
    private readonly List<OrganisationServiceType> _serviceTypes = [];

    private Organisation()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Australian Business Number: 11 digits, optional.</summary>
    public string? Abn { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The organisation agrees to be named beside its lessons in the lessons library (otherwise they are anonymous).</summary>
    public bool NamedInLessons { get; private set; }

    /// <summary>Concurrency token: renewed on every change so two editors cannot overwrite each other.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<OrganisationArea> Areas => _areas;

    public IReadOnlyList<OrganisationServiceType> ServiceTypes => _serviceTypes;

    public bool IsDepartment => Kind == OrganisationKind.Department;

    public bool IsSandbox => Kind == OrganisationKind.Sandbox;

    public static Organisation Create(string name, string? abn, OrganisationKind kind, DateTimeOffset at) => new()
    {
        Name = name.Trim(),
        Abn = NormaliseAbn(abn),
        Kind = kind,
        CreatedAt = at,
    };

    public void Update(string name, string? abn)
    {
        Name = name.Trim();
        Abn = NormaliseAbn(abn);
        Version = Guid.NewGuid();
    }

    /// <summary>Records whether the organisation agrees to be named in the lessons library.</summary>
    public void NameInLessons(bool agrees)
    {
        if (NamedInLessons == agrees)
            return;
        NamedInLessons = agrees;
        Version = Guid.NewGuid();
    }

    public void ChangeKind(OrganisationKind kind)
    {
        if (Kind == kind)
            return;
        Kind = kind;
        Version = Guid.NewGuid();
    }

    public void SetAreas(IEnumerable<int> areaIds)
    {
        var wanted = areaIds.Distinct().ToHashSet();
        _areas.RemoveAll(a => !wanted.Contains(a.AreaId));
        foreach (var id in wanted.Where(id => _areas.All(a => a.AreaId != id)))
            _areas.Add(new OrganisationArea(id));
        Version = Guid.NewGuid();
    }

    public void SetServiceTypes(IEnumerable<int> serviceTypeIds)
    {
        var wanted = serviceTypeIds.Distinct().ToHashSet();
        _serviceTypes.RemoveAll(s => !wanted.Contains(s.ServiceTypeId));
        foreach (var id in wanted.Where(id => _serviceTypes.All(s => s.ServiceTypeId != id)))
            _serviceTypes.Add(new OrganisationServiceType(id));
        Version = Guid.NewGuid();
    }

    public Result Deactivate()
    {
        if (Kind == OrganisationKind.Department)
            return OrganisationErrors.DepartmentCannotBeDeactivated;
        if (!IsActive)
            return OrganisationErrors.AlreadyInactive;
        IsActive = false;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result Reactivate()
    {
        if (IsActive)
            return OrganisationErrors.AlreadyActive;
        IsActive = true;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public static string? NormaliseAbn(string? abn)
    {
        if (string.IsNullOrWhiteSpace(abn))
            return null;
        return new string([.. abn.Where(c => !char.IsWhiteSpace(c))]);
    }
}

/// <summary>An area (division – area) the organisation operates in.</summary>
public sealed record OrganisationArea(int AreaId);

/// <summary>A service type (within a program) the organisation delivers.</summary>
public sealed record OrganisationServiceType(int ServiceTypeId);
