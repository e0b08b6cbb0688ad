using Cims.Domain.Common;

namespace Cims.Domain.Investigations;

/// <summary>Why an extension request, its decision, or a police hold is refused.</summary>
public static class InvestigationTimeErrors
{
    public const string DueField = "DueDay";

    public static readonly Error Closed = new(
        "investigation.time_closed", "The investigation is withdrawn: its due date can no longer change.");

    public static readonly Error NoDueDate = new(
        "investigation.no_due_date", "This investigation has no due date to extend.");

    public static readonly Error ExtensionPending = new(
        "investigation.extension_pending", "An extension request is already waiting for the department's decision.");

    public static readonly Error NoPendingExtension = new(
        "investigation.no_pending_extension", "There is no extension request waiting for a decision.");

    public static readonly Error DueDateRequired = new(
        "investigation.due_date_required", "Enter the new due date.", DueField);

    public static readonly Error NotABusinessDay = new(
        "investigation.due_not_business_day", "The new due date must be a business day (not a weekend or a Victorian public holiday).", DueField);

    public static readonly Error InThePast = new(
        "investigation.due_in_past", "The new due date cannot be in the past.", DueField);

    public static readonly Error AlreadyOnHold = new(
        "investigation.already_on_hold", "The investigation is already on hold at police request.");

    public static readonly Error NotOnHold = new(
        "investigation.not_on_hold", "The investigation is not on hold.");

    public static Error NotLater(DateOnly currentDue) => new(
        "investigation.due_not_later", $"The new due date must be after the current due date, {InvestigationTimeRules.Text(currentDue)}.", DueField);

    public static Error BeyondLimit(DateOnly latest, int businessDays) => new(
        "investigation.extension_too_long",
        $"One request can extend the due date by at most {businessDays} business days: choose {InvestigationTimeRules.Text(latest)} or earlier.", DueField);

    public static Error BeyondRequest(DateOnly requested) => new(
        "investigation.approval_beyond_request",
        $"The approved due date cannot be later than the date the organisation asked for, {InvestigationTimeRules.Text(requested)}.", DueField);
}
