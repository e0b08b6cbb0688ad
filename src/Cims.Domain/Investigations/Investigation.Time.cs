using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// The investigation's clock (domain reference T10, T11, §4.4): extensions the organisation requests and the
/// department decides, and holds the department places at police request. Each step is recorded in the history.
/// </summary>
public sealed partial class Investigation
{
    private readonly List<ExtensionRequest> _extensions = [];
    private readonly List<PoliceHold> _holds = [];

    public IReadOnlyList<ExtensionRequest> Extensions => _extensions;

    public IReadOnlyList<PoliceHold> Holds => _holds;

    public ExtensionRequest? PendingExtension => _extensions.Find(e => e.Status == ExtensionStatus.Pending);

    public PoliceHold? CurrentHold => _holds.Find(h => h.IsActive);

    public bool IsOnHold => CurrentHold is not null;

    public bool CanRequestExtension => IsOpen && DueAt is not null && PendingExtension is null;

    public bool CanDecideExtension => IsOpen && PendingExtension is not null;

    public bool CanPauseForPolice => IsOpen && !IsOnHold;

    public bool CanResumeFromHold => IsOnHold;

    /// <summary>
    /// The organisation asks for a later due date, with a reason: one request at a time, while the investigation is
    /// open; the date must be a business day, not in the past, after the current due date and at most
    /// <see cref="InvestigationTimeRules.MaxExtensionBusinessDays"/> business days after it. Nothing rolls on by itself:
    /// once an approved date has passed, the investigation is overdue until a new request is approved. The request
    /// document, if any, is an attachment of the investigation's incident.
    /// </summary>
    public Result RequestExtension(
        DateOnly? dueOn, string? reason, Actor by, InvestigationTimeRules rules, DateTimeOffset now, IncidentAttachment? document = null)
    {
        if (document is not null && document.IncidentId != IncidentId)
            throw new ArgumentException("The request document belongs to the investigation's incident.", nameof(document));
        if (!IsOpen)
            return InvestigationTimeErrors.Closed;
        if (DueAt is not { } due)
            return InvestigationTimeErrors.NoDueDate;
        if (PendingExtension is not null)
            return InvestigationTimeErrors.ExtensionPending;
        var current = rules.Day(due);
        if (CheckNewDueDate(dueOn, current, rules, now) is { } dateError)
            return dateError;
        if (dueOn > rules.LatestExtension(current))
            return InvestigationTimeErrors.BeyondLimit(rules.LatestExtension(current), rules.MaxExtensionBusinessDays);
        if (RequireReason(reason) is { } error)
            return error;
        _extensions.Add(new ExtensionRequest(dueOn!.Value, due, reason!.Trim(), document, by, now));
        Record("Extension requested", Status, by, now,
            $"From {InvestigationTimeRules.Text(current)} to {InvestigationTimeRules.Text(dueOn.Value)} ({rules.Calendar.BusinessDaysBetween(current, dueOn.Value)} business days). {reason.Trim()}{(document is null ? "" : $" Document: {document.FileName}.")}");
        return Result.Ok();
    }

    /// <summary>
    /// The department approves the pending request with a new due date: the date asked for or an earlier one (never
    /// later than asked), still after the current due date. The due date and its rule change at once.
    /// </summary>
    public Result ApproveExtension(DateOnly? dueOn, Actor by, InvestigationTimeRules rules, DateTimeOffset now)
    {
        if (!CanDecideExtension)
            return IsOpen ? InvestigationTimeErrors.NoPendingExtension : InvestigationTimeErrors.Closed;
        var request = PendingExtension!;
        var current = rules.Day(DueAt!.Value);
        var approved = dueOn ?? request.RequestedDueOn;
        if (CheckNewDueDate(approved, current, rules, now) is { } dateError)
            return dateError;
        if (approved > request.RequestedDueOn)
            return InvestigationTimeErrors.BeyondRequest(request.RequestedDueOn);
        request.Approve(approved, by, now);
        DueAt = rules.EndOf(approved);
        DueRule = $"Extended by the department on {InvestigationTimeRules.Text(rules.Day(now))} to the end of {InvestigationTimeRules.Text(approved)} (was due {InvestigationTimeRules.Text(current)}).";
        Record("Extension approved", Status, by, now, $"Due date moved from {InvestigationTimeRules.Text(current)} to {InvestigationTimeRules.Text(approved)}.");
        return Result.Ok();
    }

    public Result DeclineExtension(string? reason, Actor by, DateTimeOffset now)
    {
        if (!CanDecideExtension)
            return IsOpen ? InvestigationTimeErrors.NoPendingExtension : InvestigationTimeErrors.Closed;
        if (RequireReason(reason) is { } error)
            return error;
        PendingExtension!.Decline(reason!.Trim(), by, now);
        Record("Extension declined", Status, by, now, reason.Trim());
        return Result.Ok();
    }

    /// <summary>The department pauses the clock because Victoria Police asked the investigation to wait.</summary>
    public Result PauseForPolice(string? reason, Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            return InvestigationTimeErrors.Closed;
        if (IsOnHold)
            return InvestigationTimeErrors.AlreadyOnHold;
        if (RequireReason(reason) is { } error)
            return error;
        _holds.Add(new PoliceHold(reason!.Trim(), by, now));
        Record("On hold at police request", Status, by, now, reason.Trim());
        return Result.Ok();
    }

    /// <summary>
    /// The department resumes the clock. The business days on hold are those after the day it was paused, up to and
    /// including the day it resumes (<see cref="Calendar.BusinessCalendar.BusinessDaysBetween"/>): the day of pausing
    /// still counts as a working day, the day of resuming does not, so pausing and resuming on one day moves nothing and
    /// a hold from Monday to Wednesday moves the due date two business days. Weekends and public holidays never count.
    /// </summary>
    public Result ResumeFromHold(Actor by, InvestigationTimeRules rules, DateTimeOffset now)
    {
        if (CurrentHold is not { } hold)
            return InvestigationTimeErrors.NotOnHold;
        var days = Math.Max(0, rules.Calendar.BusinessDaysBetween(rules.Day(hold.PausedAt), rules.Day(now)));
        var before = DueAt;
        if (DueAt is { } due)
        {
            DueAt = rules.EndOf(rules.Calendar.AddBusinessDays(rules.Day(due), days));
            DueRule = $"Was due {InvestigationTimeRules.Text(rules.Day(due))}; moved {days} business days for the police hold from {InvestigationTimeRules.Text(rules.Day(hold.PausedAt))} to {InvestigationTimeRules.Text(rules.Day(now))}.";
        }

        hold.Resume(days, before, DueAt, by, now);
        Record("Resumed after police hold", Status, by, now,
            before is null ? $"{days} business days on hold." : $"{days} business days on hold: due date moved from {InvestigationTimeRules.Text(rules.Day(before.Value))} to {InvestigationTimeRules.Text(rules.Day(DueAt!.Value))}.");
        return Result.Ok();
    }

    private static Error? CheckNewDueDate(DateOnly? dueOn, DateOnly current, InvestigationTimeRules rules, DateTimeOffset now) =>
        dueOn is not { } day ? InvestigationTimeErrors.DueDateRequired
        : day <= current ? InvestigationTimeErrors.NotLater(current)
        : day < rules.Day(now) ? InvestigationTimeErrors.InThePast
        : !rules.Calendar.IsBusinessDay(day) ? InvestigationTimeErrors.NotABusinessDay
        : null;
}
