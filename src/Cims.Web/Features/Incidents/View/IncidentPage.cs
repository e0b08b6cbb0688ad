using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.View;

/// <summary>Everything the read-only incident page shows: the incident, its reference names, clock and the user's actions.</summary>
public sealed record IncidentPage(Incident Incident, IncidentNames Names, IncidentClockView Clock, IncidentPageActions Actions)
{
    public string Title => Incident.Number ?? "Not yet submitted";

    /// <summary>For the department: the reports of other organisations its staff linked to this one as the same incident.</summary>
    public IReadOnlyList<LinkedReport> Linked { get; init; } = [];

    public IReadOnlyList<Progress.ProgressStep> Progress => Incidents.Progress.IncidentProgress.For(Incident);
}

/// <summary>Another organisation's report of the same incident, as department staff linked it.</summary>
public sealed record LinkedReport(int Id, string? Number, string Organisation, string LinkedBy, DateTimeOffset LinkedAt, string? Note);

/// <summary>The reporting clock as shown: due (Melbourne time), time left or overdue, and the rule that set it.</summary>
public sealed record IncidentClockView(DateTimeOffset? DueAt, string? Rule, string? Remaining, string? FollowUpRemaining);

/// <summary>What this user may do from the page (views never compare statuses).</summary>
public sealed record IncidentPageActions(bool CanEndorse, bool CanEditAsReporter, bool CanAddAddendum, bool CanDownloadPdf, bool CanWithdraw,
    bool CanSendReporterSummary);

/// <summary>Names of the reference values an incident points at, and option labels by list and code.</summary>
public sealed record IncidentNames(
    string? Area, string? Program, string? ServiceType, string? PrimaryType, string? SecondaryType,
    IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The label of an option code ("EXACT" → "Exact"); the code itself when the list no longer has it.</summary>
    public string Option(string list, string? code) =>
        code is null ? "" : Options.TryGetValue($"{list}:{code}", out var name) ? name : code;
}
