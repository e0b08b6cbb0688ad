using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Privacy;

/// <summary>The department's side of a submitted privacy report: assessment, notes, closure and the link to a client incident.</summary>
public sealed partial class PrivacyReport
{
    public const string NoBreachReason = "The reporter answered No to \"Privacy breach occurred?\".";

    public const int ReasonMaxLength = 2000;

    private readonly List<PrivacyActivity> _activity = [];

    public IReadOnlyList<PrivacyActivity> Activity => _activity;

    /// <summary>The department privacy officer assessing the report.</summary>
    public string? AssignedToUserId { get; private set; }

    public string? AssignedToName { get; private set; }

    /// <summary>A <see cref="PrivacyOutcomes"/> code, once closed.</summary>
    public string? Outcome { get; private set; }

    public string? ClosureReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The client incident this privacy incident is also reported as, if any.</summary>
    public int? LinkedIncidentId { get; private set; }

    /// <summary>Submitted and not closed: in the department's queue.</summary>
    public bool IsOpen => Status is PrivacyReportStatus.Submitted or PrivacyReportStatus.UnderAssessment;

    /// <summary>Assigns (or reassigns) the report to a privacy officer; it is then under assessment.</summary>
    public Result Assign(Actor officer, Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            return PrivacyErrors.NotOpen;
        AssignedToUserId = officer.UserId;
        AssignedToName = officer.Name;
        Status = PrivacyReportStatus.UnderAssessment;
        return Changed(PrivacyActivityKind.Assigned, $"Assigned to {officer.Name}.", by, now);
    }

    public Result AddNote(string text, Actor by, DateTimeOffset now) =>
        Status == PrivacyReportStatus.Draft ? PrivacyErrors.NotSubmitted : Changed(PrivacyActivityKind.Note, text.Trim(), by, now);

    /// <summary>Closes the assessment with its outcome and the reason.</summary>
    public Result Close(string outcome, string reason, Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            return PrivacyErrors.NotOpen;
        if (PrivacyOutcomes.All.All(o => o.Code != outcome))
            return PrivacyErrors.UnknownOutcome;
        Status = PrivacyReportStatus.Closed;
        Outcome = outcome;
        ClosureReason = reason.Trim();
        ClosedAt = now;
        return Changed(PrivacyActivityKind.Closed, $"Closed: {PrivacyOutcomes.Label(outcome)}. {ClosureReason}", by, now);
    }

    /// <summary>Reopens a closed report for assessment (for example when the department disagrees with "No breach").</summary>
    public Result Reopen(string reason, Actor by, DateTimeOffset now)
    {
        if (Status != PrivacyReportStatus.Closed)
            return PrivacyErrors.NotClosed;
        Status = AssignedToUserId is null ? PrivacyReportStatus.Submitted : PrivacyReportStatus.UnderAssessment;
        Outcome = null;
        ClosureReason = null;
        ClosedAt = null;
        return Changed(PrivacyActivityKind.Reopened, $"Reopened: {reason.Trim()}", by, now);
    }

    /// <summary>Links the client incident that reports the same events (<paramref name="incidentNumber"/> for the history).</summary>
    public Result LinkIncident(int incidentId, string incidentNumber, Actor by, DateTimeOffset now)
    {
        if (Status == PrivacyReportStatus.Draft)
            return PrivacyErrors.NotSubmitted;
        LinkedIncidentId = incidentId;
        return Changed(PrivacyActivityKind.Linked, $"Linked to client incident {incidentNumber}.", by, now);
    }

    private Result Changed(PrivacyActivityKind kind, string text, Actor by, DateTimeOffset now)
    {
        Record(kind, text, by, now);
        UpdatedAt = now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    private void Record(PrivacyActivityKind kind, string text, Actor? by, DateTimeOffset now) => _activity.Add(new PrivacyActivity
    {
        Kind = kind,
        Text = text.Length > PrivacyActivity.TextMaxLength ? text[..PrivacyActivity.TextMaxLength] : text,
        ByUserId = by?.UserId,
        ByName = by?.Name ?? "Public form",
        At = now,
    });
}
