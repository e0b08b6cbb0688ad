namespace Cims.Web.Features.Incidents.Department;

/// <summary>The "Cims:DepartmentList" settings.</summary>
public sealed class DepartmentListOptions
{
    public const int DefaultCountsSeconds = 30;

    /// <summary>
    /// Cims:DepartmentList:CountsSeconds — how long one node shares the department list's counts by area and impact for
    /// one set of filters (<see cref="DepartmentCounts"/>); 0 counts on every request.
    /// </summary>
    public int CountsSeconds { get; set; } = DefaultCountsSeconds;
}
