using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>What the list says about an incident's deadline: the follow-up once determined, else the report's own.</summary>
public static class DueDisplay
{
    public static string Label(DepartmentIncidentRow row) =>
        row.FollowUpDueAt is not null ? "Follow-up due" : row.DueAt is not null ? "Report due" : "No deadline";

    public static string When(DepartmentIncidentRow row) => (row.FollowUpDueAt ?? row.DueAt)?.Display() ?? "—";

    /// <summary>Time left or overdue for a follow-up; for a report, whether it arrived in time.</summary>
    public static string Remaining(DepartmentIncidentRow row, IncidentClock clock)
    {
        if (row.FollowUpDueAt is { } followUp)
            return clock.Describe(followUp);
        return row.DueAt is { } due ? clock.DescribeReportDue(due, row.SubmittedAt) : "—";
    }

    public static bool IsOverdue(DepartmentIncidentRow row, DateTimeOffset now) =>
        row.FollowUpDueAt is { } followUp ? followUp < now : row.DueAt is { } due && (row.SubmittedAt ?? now) > due;

    public static IReadOnlyList<IncidentStatus> DepartmentStatuses { get; } =
    [
        IncidentStatus.SubmittedToDepartment, IncidentStatus.DepartmentReview, IncidentStatus.FollowUpDetermined,
        IncidentStatus.Closed, IncidentStatus.Withdrawn,
    ];
}
