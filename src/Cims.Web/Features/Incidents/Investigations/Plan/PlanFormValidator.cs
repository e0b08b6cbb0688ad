using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>
/// A plan may be saved unfinished, but what is typed must be valid (lengths, real dates, the period in order);
/// submitting it for endorsement needs every section.
/// </summary>
public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator()
    {
        RuleFor(f => f.ManagerPosition).MaximumLength(InvestigationPlan.ShortMaxLength)
            .WithMessage($"The position must be {InvestigationPlan.ShortMaxLength} characters or fewer.")
            .NotEmpty().When(f => f.Submits, ApplyConditionTo.CurrentValidator).WithMessage("Enter the investigation manager's position.");
        RuleFor(f => f.ManagerTelephone).Matches(@"^\+?[0-9 ()]{8,20}$").When(f => !string.IsNullOrWhiteSpace(f.ManagerTelephone), ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter a telephone number of 8 to 20 digits, such as 03 5550 1234.")
            .NotEmpty().When(f => f.Submits, ApplyConditionTo.CurrentValidator).WithMessage("Enter the investigation manager's telephone number.");
        Date(nameof(PlanForm.PeriodStartDay), f => (f.PeriodStartDay, f.PeriodStartMonth, f.PeriodStartYear), f => f.PeriodStart, "start");
        Date(nameof(PlanForm.PeriodEndDay), f => (f.PeriodEndDay, f.PeriodEndMonth, f.PeriodEndYear), f => f.PeriodEnd, "end");
        RuleFor(f => f.PeriodEnd).Must((f, end) => end >= f.PeriodStart).When(f => f.PeriodStart is not null && f.PeriodEnd is not null)
            .OverridePropertyName(nameof(PlanForm.PeriodEndDay)).WithMessage("The investigation period must end on or after the day it starts.");
        Text(f => f.IncidentDetails, "the incident details");
        Text(f => f.PoliceResponse, "the Victoria Police response (or that police were not involved)");
        Text(f => f.Methodology, "the proposed methodology");
    }

    private void Date(string field, Func<PlanForm, (string? Day, string? Month, string? Year)> parts, Func<PlanForm, DateOnly?> parsed, string which)
    {
        RuleFor(f => parsed(f)).NotNull().When(f => Typed(parts(f)))
            .OverridePropertyName(field).WithMessage($"Enter a real date for the {which} of the investigation period, such as 24 11 2026.");
        RuleFor(f => parsed(f)).NotNull().When(f => f.Submits && !Typed(parts(f)))
            .OverridePropertyName(field).WithMessage($"Enter the {which} of the investigation period.");
    }

    private void Text(System.Linq.Expressions.Expression<Func<PlanForm, string?>> field, string what)
    {
        RuleFor(field).MaximumLength(InvestigationPlan.TextMaxLength)
            .WithMessage($"Keep {what} to {InvestigationPlan.TextMaxLength} characters or fewer.")
            .NotEmpty().When(f => f.Submits, ApplyConditionTo.CurrentValidator).WithMessage($"Enter {what}.");
    }

    private static bool Typed((string? Day, string? Month, string? Year) parts) =>
        !string.IsNullOrWhiteSpace(parts.Day) || !string.IsNullOrWhiteSpace(parts.Month) || !string.IsNullOrWhiteSpace(parts.Year);
}
