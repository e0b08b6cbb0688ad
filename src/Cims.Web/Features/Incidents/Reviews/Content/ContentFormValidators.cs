using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>
/// A report may be saved unfinished (the sections are checked as a whole when the review is submitted), but what is
/// typed must be valid: each section's length, real dates, the review period in order.
/// </summary>
public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator()
    {
        Date(nameof(ReportForm.PeriodFromDay), f => (f.PeriodFromDay, f.PeriodFromMonth, f.PeriodFromYear), f => f.PeriodFrom, "start");
        Date(nameof(ReportForm.PeriodToDay), f => (f.PeriodToDay, f.PeriodToMonth, f.PeriodToYear), f => f.PeriodTo, "end");
        RuleFor(f => f.PeriodTo).Must((f, to) => to >= f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .OverridePropertyName(nameof(ReportForm.PeriodToDay)).WithMessage("The review period must end on or after the day it starts.");
        Text(f => f.IncidentDetails, "The incident details", CaseReviewReport.TextMaxLength);
        Text(f => f.Problem, "Defining the problem", CaseReviewReport.TextMaxLength);
        Text(f => f.Rationale, "The rationale", CaseReviewReport.TextMaxLength);
        Text(f => f.Methodology, "The methodology", CaseReviewReport.TextMaxLength);
        Text(f => f.Interviews, "The interviews", CaseReviewReport.TextMaxLength);
        Text(f => f.Evidence, "Documentary and other evidence", CaseReviewReport.TextMaxLength);
        Text(f => f.Assessment, "The assessment and key issues", CaseReviewReport.TextMaxLength);
        Text(f => f.Team, "The review team", RcaReport.TextMaxLength);
        Text(f => f.Findings, "The findings", RcaReport.TextMaxLength);
    }

    private void Date(string field, Func<ReportForm, (string? Day, string? Month, string? Year)> parts, Func<ReportForm, DateOnly?> parsed, string which) =>
        RuleFor(f => parsed(f)).NotNull().When(f => Typed(parts(f)))
            .OverridePropertyName(field).WithMessage($"Enter a real date for the {which} of the review period, such as 24 11 2026.");

    private void Text(System.Linq.Expressions.Expression<Func<ReportForm, string?>> field, string what, int max) =>
        RuleFor(field).MaximumLength(max).WithMessage($"{what} must be {max} characters or fewer.");

    private static bool Typed((string? Day, string? Month, string? Year) parts) =>
        !string.IsNullOrWhiteSpace(parts.Day) || !string.IsNullOrWhiteSpace(parts.Month) || !string.IsNullOrWhiteSpace(parts.Year);
}

public sealed class TimelineFormValidator : AbstractValidator<TimelineForm>
{
    public TimelineFormValidator()
    {
        RuleFor(f => f.OccurredOn).NotNull().OverridePropertyName(nameof(TimelineForm.OccurredOnDay))
            .WithMessage("Enter the date of the event as a real date, such as 21 11 2026.");
        RuleFor(f => f.OccurredTime).NotNull().When(f => !string.IsNullOrWhiteSpace(f.OccurredAt)).OverridePropertyName(nameof(TimelineForm.OccurredAt))
            .WithMessage("Enter the time in 24-hour time, like 14:30, or leave it empty.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe what happened.")
            .MaximumLength(TimelineEntry.TextMaxLength).WithMessage($"The description must be {TimelineEntry.TextMaxLength} characters or fewer.");
    }
}

public sealed class RootCauseFormValidator : AbstractValidator<RootCauseForm>
{
    public RootCauseFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the root cause.")
            .MaximumLength(RootCause.TextMaxLength).WithMessage($"The root cause must be {RootCause.TextMaxLength} characters or fewer.");
    }
}

public sealed class ActionFormValidator : AbstractValidator<ActionForm>
{
    public ActionFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the action.")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"The action must be {Recommendation.TextMaxLength} characters or fewer.");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Enter who owns the action (a person or a role).")
            .MaximumLength(Recommendation.OwnerMaxLength).WithMessage($"The owner must be {Recommendation.OwnerMaxLength} characters or fewer.");
        RuleFor(f => f.DueOn).NotNull().OverridePropertyName(nameof(ActionForm.DueOnDay))
            .WithMessage("Enter the date it is due, such as 1 3 2027.");
    }
}

public sealed class TrackActionFormValidator : AbstractValidator<TrackActionForm>
{
    public TrackActionFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose where the action is.").IsInEnum().WithMessage("Choose where the action is.");
        RuleFor(f => f.Note).NotEmpty().When(f => f.Status == RecommendationStatus.NotAccepted, ApplyConditionTo.CurrentValidator)
            .WithMessage("Say why the action was not accepted.")
            .NotEmpty().When(f => f.Status == RecommendationStatus.Done, ApplyConditionTo.CurrentValidator)
            .WithMessage("Describe the evidence that the action was done.")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"The note must be {Recommendation.TextMaxLength} characters or fewer.");
    }
}
