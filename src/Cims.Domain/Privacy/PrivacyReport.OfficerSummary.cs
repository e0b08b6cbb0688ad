using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Privacy;

/// <summary>
/// The short summary department staff send the reporting officer once the report is closed: sent once, never changed
/// afterwards. Reopening the report keeps it (it was sent; the activity says so).
/// </summary>
public sealed partial class PrivacyReport
{
    public const int OfficerSummaryMaxLength = 2000;

    public string? OfficerSummary { get; private set; }

    public string? OfficerSummaryByUserId { get; private set; }

    public string? OfficerSummaryByName { get; private set; }

    public DateTimeOffset? OfficerSummarySentAt { get; private set; }

    public bool CanSendOfficerSummary => Status == PrivacyReportStatus.Closed && OfficerSummarySentAt is null;

    /// <summary>Records the summary as sent to the reporting officer (call it once the e-mail went).</summary>
    public Result SendOfficerSummary(string? text, Actor by, DateTimeOffset now)
    {
        if (Status != PrivacyReportStatus.Closed)
            return PrivacyErrors.SummaryNotClosed;
        if (OfficerSummarySentAt is not null)
            return PrivacyErrors.SummaryAlreadySent;
        if (string.IsNullOrWhiteSpace(text))
            return PrivacyErrors.SummaryRequired;
        if (text.Trim().Length > OfficerSummaryMaxLength)
            return PrivacyErrors.SummaryTooLong;
        OfficerSummary = text.Trim();
        OfficerSummaryByUserId = by.UserId;
        OfficerSummaryByName = by.Name;
        OfficerSummarySentAt = now;
        return Changed(PrivacyActivityKind.SummarySent, $"Outcome summary e-mailed to the reporting officer ({Officer?.Email}).", by, now);
    }
}
