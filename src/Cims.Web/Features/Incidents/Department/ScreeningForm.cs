using Cims.Domain.Common;
using Cims.Domain.Incidents;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>The screener's decision on an E1 major-impact incident.</summary>
public sealed record ScreeningForm
{
    public const int NoteMaxLength = 1500;

    /// <summary>The chosen follow-up (not "Action": that is a route value).</summary>
    public FollowUpAction? FollowUp { get; init; }

    public string? Note { get; init; }

    /// <summary>The version of the incident the screener read (concurrency check).</summary>
    public Guid? Version { get; init; }
}

public sealed class ScreeningFormValidator : AbstractValidator<ScreeningForm>
{
    public ScreeningFormValidator()
    {
        RuleFor(f => f.FollowUp).NotNull().WithMessage("Choose the follow-up.")
            .IsInEnum().WithMessage("Choose one of the follow-up options.");
        RuleFor(f => f.Note).MaximumLength(ScreeningForm.NoteMaxLength)
            .WithMessage($"Enter a note of {ScreeningForm.NoteMaxLength} characters or fewer.");
    }
}

public static class ScreeningErrors
{
    public static readonly Error NoteRequired = new(
        "screening.note_required",
        "You chose a different follow-up from the suggestion: explain why in the note.",
        nameof(ScreeningForm.Note));

    public static Error NotAwaitingScreening(IncidentStatus status) => new(
        "screening.not_awaiting",
        $"This incident is not waiting for screening: its status is “{status.Display()}”. Only incidents in department screening can be screened.");

    /// <summary>The follow-up options in the order the screener sees them.</summary>
    public static IReadOnlyList<FollowUpAction> Options { get; } =
    [
        FollowUpAction.Investigation, FollowUpAction.CaseReview, FollowUpAction.RcaReview, FollowUpAction.NoFurtherAction,
        FollowUpAction.InvestigationOutcomeCaseReview, FollowUpAction.InvestigationOutcomeRca,
    ];
}
