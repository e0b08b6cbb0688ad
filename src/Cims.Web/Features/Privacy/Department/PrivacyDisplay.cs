using Cims.Domain.Privacy;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>How the department pages word a report's status and its one-business-day clock.</summary>
public static class PrivacyDisplay
{
    public static string Status(PrivacyReportStatus status) => status switch
    {
        PrivacyReportStatus.Submitted => "Awaiting assessment",
        PrivacyReportStatus.UnderAssessment => "Under assessment",
        PrivacyReportStatus.Closed => "Closed",
        _ => "Draft",
    };

    public static string Label(PrivacyQueueStatus status) => status switch
    {
        PrivacyQueueStatus.Open => "Open (awaiting or under assessment)",
        PrivacyQueueStatus.AwaitingAssessment => "Awaiting assessment",
        PrivacyQueueStatus.UnderAssessment => "Under assessment",
        PrivacyQueueStatus.Closed => "Closed",
        _ => "Any status",
    };

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => "—" };

    public static string Due(DateTimeOffset? due) => due?.Display() ?? "—";

    /// <summary>"On time", or "Late by 1 day 3 hours" when the report reached the department after its due time.</summary>
    public static string Timeliness(DateTimeOffset? submitted, DateTimeOffset? due)
    {
        if (submitted is not { } at || due is not { } by)
            return "—";
        return at <= by ? "On time" : $"Late by {Span(at - by)}";
    }

    public static bool IsLate(DateTimeOffset? submitted, DateTimeOffset? due) => submitted > due;

    public static string Span(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0)
            parts.Add(Plural(span.Days, "day"));
        if (span.Hours > 0)
            parts.Add(Plural(span.Hours, "hour"));
        if (span.Days == 0 && (span.Minutes > 0 || parts.Count == 0))
            parts.Add(Plural(Math.Max(1, span.Minutes), "minute"));
        return string.Join(" ", parts);
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
