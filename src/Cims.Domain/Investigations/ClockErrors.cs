using Cims.Domain.Common;

namespace Cims.Domain.Investigations;

/// <summary>
/// Why an extension request, its decision, or a police hold is refused: the same rules for an investigation and a
/// review, each error coded and worded with the work's own noun.
/// </summary>
public sealed class ClockErrors(string noun)
{
    public const string DueField = "DueDay";

    public static readonly ClockErrors Investigation = new("investigation");

    public static readonly ClockErrors Review = new("review");

    public Error Closed => new($"{noun}.time_closed", $"The {noun} is closed: its due date can no longer change.");

    public Error NoDueDate => new($"{noun}.no_due_date", $"This {noun} has no due date to extend.");

    public Error ExtensionPending => new($"{noun}.extension_pending", "An extension request is already waiting for the department's decision.");

    public Error NoPendingExtension => new($"{noun}.no_pending_extension", "There is no extension request waiting for a decision.");

    public Error DueDateRequired => new($"{noun}.due_date_required", "Enter the new due date.", DueField);

    public Error NotABusinessDay => new(
        $"{noun}.due_not_business_day", "The new due date must be a business day (not a weekend or a Victorian public holiday).", DueField);

    public Error InThePast => new($"{noun}.due_in_past", "The new due date cannot be in the past.", DueField);

    public Error AlreadyOnHold => new($"{noun}.already_on_hold", $"The {noun} is already on hold at police request.");

    public Error NotOnHold => new($"{noun}.not_on_hold", $"The {noun} is not on hold.");

    public Error NotLater(DateOnly currentDue) => new(
        $"{noun}.due_not_later", $"The new due date must be after the current due date, {InvestigationTimeRules.Text(currentDue)}.", DueField);

    public Error BeyondLimit(DateOnly latest, int businessDays) => new(
        $"{noun}.extension_too_long",
        $"One request can extend the due date by at most {businessDays} business days: choose {InvestigationTimeRules.Text(latest)} or earlier.", DueField);

    public Error BeyondRequest(DateOnly requested) => new(
        $"{noun}.approval_beyond_request",
        $"The approved due date cannot be later than the date the organisation asked for, {InvestigationTimeRules.Text(requested)}.", DueField);
}
