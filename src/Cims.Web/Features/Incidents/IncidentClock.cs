using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents;

/// <summary>Computes an incident's reporting deadline from its profile, impact and the moment the service became aware.</summary>
public sealed class IncidentClock(HolidayCalendarProvider calendars, TimeProvider clock)
{
    public async Task<Deadline?> ReportingDeadlineAsync(Incident incident, CancellationToken ct)
    {
        if (incident.Dates is null || incident.Impact is null)
            return null;
        var calendar = await calendars.GetAsync(ct);
        return ReportingDeadlines.For(incident.Profile, incident.Impact.Value, incident.Dates.AwareAt, calendar, MelbourneTime.Zone);
    }

    /// <summary>Sets the incident's stored deadline from its current dates and impact.</summary>
    public async Task RefreshAsync(Incident incident, CancellationToken ct)
    {
        if (await ReportingDeadlineAsync(incident, ct) is { } deadline)
            incident.SetDeadline(deadline);
    }

    public async Task<Deadline?> FollowUpDeadlineAsync(Incident incident, FollowUpAction action, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var now = clock.GetUtcNow();
        return FollowUpDeadlines.For(action, incident.EndorsedAt ?? now, now, calendar, MelbourneTime.Zone);
    }

    /// <summary>A report's own deadline: whether it arrived in time once submitted, else what <see cref="Describe"/> says.</summary>
    public string DescribeReportDue(DateTimeOffset dueAt, DateTimeOffset? submittedAt) =>
        submittedAt is { } submitted ? (submitted <= dueAt ? "Submitted on time" : "Submitted late") : Describe(dueAt);

    /// <summary>"Due in 2 days 3 hours", "Overdue by 5 hours": what a clock on the page says.</summary>
    public string Describe(DateTimeOffset dueAt)
    {
        var remaining = dueAt - clock.GetUtcNow();
        var span = remaining.Duration();
        var text = span.TotalDays >= 1 ? $"{(int)span.TotalDays} day{(span.TotalDays >= 2 ? "s" : "")} {span.Hours} hour{(span.Hours == 1 ? "" : "s")}"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} hour{(span.TotalHours >= 2 ? "s" : "")} {span.Minutes} minute{(span.Minutes == 1 ? "" : "s")}"
            : $"{span.Minutes} minute{(span.Minutes == 1 ? "" : "s")}";
        return remaining < TimeSpan.Zero ? $"Overdue by {text}" : $"{text} left";
    }

    /// <summary>An investigation's clock in a list: paused at police request (since when), else what <see cref="Describe"/> says.</summary>
    public string? DescribeWork(DateTimeOffset? dueAt, DateTimeOffset? onHoldSince) =>
        onHoldSince is { } paused ? $"On hold at police request since {paused.Display()}"
        : dueAt is { } due ? Describe(due) : null;
}
