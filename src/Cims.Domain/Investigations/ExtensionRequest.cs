using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// The organisation asks the department to extend the investigation's due date (domain reference T11): the new due
/// date wanted and why. The department approves it (with that date or an earlier one) or declines it with a reason.
/// Changed only through <see cref="Investigation"/>, which records each step in its history.
/// </summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
    }

    internal ExtensionRequest(DateOnly requestedDueOn, DateTimeOffset dueBefore, string reason, IncidentAttachment? document, Actor by, DateTimeOffset now)
    {
        Document = document;
        DocumentName = document?.FileName;
        RequestedDueOn = requestedDueOn;
        DueBefore = dueBefore;
        Reason = reason;
        RequestedByUserId = by.UserId;
        RequestedByName = by.Name;
        RequestedAt = now;
    }

    public int Id { get; private set; }

    public DateOnly RequestedDueOn { get; private set; }

    /// <summary>The due date when the request was made.</summary>
    public DateTimeOffset DueBefore { get; private set; }

    public string Reason { get; private set; } = "";

    public string RequestedByUserId { get; private set; } = "";

    public string RequestedByName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The request document, if one was uploaded: stored as an attachment of the incident.</summary>
    public int? DocumentId { get; private set; }

    public string? DocumentName { get; private set; }

    /// <summary>Set only when the request is made, so that the document and the request are saved together.</summary>
    public IncidentAttachment? Document { get; private set; }

    public ExtensionStatus Status { get; private set; } = ExtensionStatus.Pending;

    public DateOnly? ApprovedDueOn { get; private set; }

    public string? DeclineReason { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    internal void Approve(DateOnly dueOn, Actor by, DateTimeOffset now)
    {
        Status = ExtensionStatus.Approved;
        ApprovedDueOn = dueOn;
        Decided(by, now);
    }

    internal void Decline(string reason, Actor by, DateTimeOffset now)
    {
        Status = ExtensionStatus.Declined;
        DeclineReason = reason;
        Decided(by, now);
    }

    private void Decided(Actor by, DateTimeOffset now)
    {
        DecidedByName = by.Name;
        DecidedAt = now;
    }
}
