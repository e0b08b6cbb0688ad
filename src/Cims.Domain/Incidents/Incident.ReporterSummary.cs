using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

/// <summary>
/// The outcome summary the organisation's authorised delegate writes for the reporter once the incident is closed:
/// what happened, in plain words, with no confidential findings and no names of other people. It is sent once and
/// never changed afterwards (a correction is an addendum), so the reporter's copy and the record always agree.
/// </summary>
public sealed partial class Incident
{
    public const int ReporterSummaryMaxLength = 2000;

    public string? ReporterSummary { get; private set; }

    public string? ReporterSummaryByUserId { get; private set; }

    public string? ReporterSummaryByName { get; private set; }

    public DateTimeOffset? ReporterSummarySentAt { get; private set; }

    public bool CanSendReporterSummary => Status == IncidentStatus.Closed && ReporterSummarySentAt is null;

    /// <summary>Records the summary as sent to the reporter by <paramref name="by"/> (call it once the e-mail went).</summary>
    public Result SendReporterSummary(string? text, Actor by, DateTimeOffset now)
    {
        if (Status != IncidentStatus.Closed)
            return IncidentErrors.SummaryNotClosed;
        if (ReporterSummarySentAt is not null)
            return IncidentErrors.SummaryAlreadySent;
        if (string.IsNullOrWhiteSpace(text))
            return IncidentErrors.SummaryRequired;
        if (text.Trim().Length > ReporterSummaryMaxLength)
            return IncidentErrors.SummaryTooLong;
        ReporterSummary = text.Trim();
        ReporterSummaryByUserId = by.UserId;
        ReporterSummaryByName = by.Name;
        ReporterSummarySentAt = now;
        Touch(now);
        return Result.Ok();
    }
}
