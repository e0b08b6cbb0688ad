using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// Work on an incident that someone is assigned and a due date drives: an investigation (stage 3) or a case review or
/// RCA review (stage 4). They share who does it, the due date and its rule, the concurrency token, and the clock
/// (domain reference T10, T11, §4.4): extensions the organisation requests and the department decides, and holds the
/// department places at police request. Each clock step is recorded in the work's own history.
/// </summary>
public abstract class ClockedWork
{
    private readonly List<ExtensionRequest> _extensions = [];
    private readonly List<PoliceHold> _holds = [];

    public int Id { get; protected set; }

    public int IncidentId { get; protected set; }

    public int OrganisationId { get; protected set; }

    public Assignee Manager { get; protected set; } = null!;

    /// <summary>When the work is due, and the rule that set it.</summary>
    public DateTimeOffset? DueAt { get; protected set; }

    public string? DueRule { get; protected set; }

    public DateTimeOffset CreatedAt { get; protected set; }

    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>Concurrency token: renewed on every change.</summary>
    public Guid Version { get; protected set; } = Guid.NewGuid();

    /// <summary>Still to finish: its clock can move.</summary>
    public abstract bool IsOpen { get; }

    public IReadOnlyList<ExtensionRequest> Extensions => _extensions;

    public IReadOnlyList<PoliceHold> Holds => _holds;

    public ExtensionRequest? PendingExtension => _extensions.Find(e => e.Status == ExtensionStatus.Pending);

    public PoliceHold? CurrentHold => _holds.Find(h => h.IsActive);

    public bool IsOnHold => CurrentHold is not null;

    public bool CanRequestExtension => IsOpen && DueAt is not null && PendingExtension is null;

    public bool CanDecideExtension => IsOpen && PendingExtension is not null;

    public bool CanPauseForPolice => IsOpen && !IsOnHold;

    public bool CanResumeFromHold => IsOnHold;

    /// <summary>The clock's errors, worded with the work's noun.</summary>
    protected abstract ClockErrors TimeErrors();

    /// <summary>The work's own check of a reason (required, not too long).</summary>
    protected abstract Error? CheckReason(string? reason);

    /// <summary>Records a step that keeps the status (a reassignment, a clock step) in the work's history.</summary>
    protected abstract void RecordStep(string what, Actor by, DateTimeOffset now, string reason);

    /// <summary>The work's error for a step refused because it is no longer open.</summary>
    protected abstract Error NotOpen();

    /// <summary>The work's error for a reassignment to the one who has it.</summary>
    protected abstract Error SameAssignee();

    /// <summary>Gives the work to someone else; the history keeps who had it and why it moved.</summary>
    public Result Reassign(Assignee manager, Actor by, string? reason, DateTimeOffset now)
    {
        if (!IsOpen)
            return NotOpen();
        if (CheckReason(reason) is { } error)
            return error;
        if (manager.UserId == Manager.UserId && manager.ResponsibleUserId == Manager.ResponsibleUserId && manager.Name == Manager.Name)
            return SameAssignee();
        var from = Manager.Describe();
        Manager = manager;
        RecordStep("Reassigned", by, now, $"From {from} to {manager.Describe()}. {reason!.Trim()}");
        return Result.Ok();
    }

    protected void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// The organisation asks for a later due date, with a reason: one request at a time, while the work is open;
    /// the date must be a business day, not in the past, after the current due date and at most
    /// <see cref="InvestigationTimeRules.MaxExtensionBusinessDays"/> business days after it. Nothing rolls on by itself:
    /// once an approved date has passed, the work is overdue until a new request is approved. The request
    /// document, if any, is an attachment of the work's incident.
    /// </summary>
    public Result RequestExtension(
        DateOnly? dueOn, string? reason, Actor by, InvestigationTimeRules rules, DateTimeOffset now, IncidentAttachment? document = null)
    {
        if (document is not null && document.IncidentId != IncidentId)
            throw new ArgumentException("The request document belongs to the work's incident.", nameof(document));
        if (!IsOpen)
            return TimeErrors().Closed;
        if (DueAt is not { } due)
            return TimeErrors().NoDueDate;
        if (PendingExtension is not null)
            return TimeErrors().ExtensionPending;
        var current = rules.Day(due);
        if (CheckNewDueDate(dueOn, current, rules, now) is { } dateError)
            return dateError;
        if (dueOn > rules.LatestExtension(current))
            return TimeErrors().BeyondLimit(rules.LatestExtension(current), rules.MaxExtensionBusinessDays);
        if (CheckReason(reason) is { } error)
            return error;
        _extensions.Add(new ExtensionRequest(dueOn!.Value, due, reason!.Trim(), document, by, now));
        RecordStep("Extension requested", by, now,
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
            return IsOpen ? TimeErrors().NoPendingExtension : TimeErrors().Closed;
        var request = PendingExtension!;
        var current = rules.Day(DueAt!.Value);
        var approved = dueOn ?? request.RequestedDueOn;
        if (CheckNewDueDate(approved, current, rules, now) is { } dateError)
            return dateError;
        if (approved > request.RequestedDueOn)
            return TimeErrors().BeyondRequest(request.RequestedDueOn);
        request.Approve(approved, by, now);
        DueAt = rules.EndOf(approved);
        DueRule = $"Extended by the department on {InvestigationTimeRules.Text(rules.Day(now))} to the end of {InvestigationTimeRules.Text(approved)} (was due {InvestigationTimeRules.Text(current)}).";
        RecordStep("Extension approved", by, now, $"Due date moved from {InvestigationTimeRules.Text(current)} to {InvestigationTimeRules.Text(approved)}.");
        return Result.Ok();
    }

    public Result DeclineExtension(string? reason, Actor by, DateTimeOffset now)
    {
        if (!CanDecideExtension)
            return IsOpen ? TimeErrors().NoPendingExtension : TimeErrors().Closed;
        if (CheckReason(reason) is { } error)
            return error;
        PendingExtension!.Decline(reason!.Trim(), by, now);
        RecordStep("Extension declined", by, now, reason.Trim());
        return Result.Ok();
    }

    /// <summary>The department pauses the clock because Victoria Police asked the work to wait.</summary>
    public Result PauseForPolice(string? reason, Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            return TimeErrors().Closed;
        if (IsOnHold)
            return TimeErrors().AlreadyOnHold;
        if (CheckReason(reason) is { } error)
            return error;
        _holds.Add(new PoliceHold(reason!.Trim(), by, now));
        RecordStep("On hold at police request", by, now, reason.Trim());
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
            return TimeErrors().NotOnHold;
        var days = Math.Max(0, rules.Calendar.BusinessDaysBetween(rules.Day(hold.PausedAt), rules.Day(now)));
        var before = DueAt;
        if (DueAt is { } due)
        {
            DueAt = rules.EndOf(rules.Calendar.AddBusinessDays(rules.Day(due), days));
            DueRule = $"Was due {InvestigationTimeRules.Text(rules.Day(due))}; moved {days} business days for the police hold from {InvestigationTimeRules.Text(rules.Day(hold.PausedAt))} to {InvestigationTimeRules.Text(rules.Day(now))}.";
        }

        hold.Resume(days, before, DueAt, by, now);
        RecordStep("Resumed after police hold", by, now,
            before is null ? $"{days} business days on hold." : $"{days} business days on hold: due date moved from {InvestigationTimeRules.Text(rules.Day(before.Value))} to {InvestigationTimeRules.Text(rules.Day(DueAt!.Value))}.");
        return Result.Ok();
    }

    private Error? CheckNewDueDate(DateOnly? dueOn, DateOnly current, InvestigationTimeRules rules, DateTimeOffset now) =>
        dueOn is not { } day ? TimeErrors().DueDateRequired
        : day <= current ? TimeErrors().NotLater(current)
        : day < rules.Day(now) ? TimeErrors().InThePast
        : !rules.Calendar.IsBusinessDay(day) ? TimeErrors().NotABusinessDay
        : null;
}
