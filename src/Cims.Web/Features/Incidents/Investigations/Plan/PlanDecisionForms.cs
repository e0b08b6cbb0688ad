using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>The delegated authority endorses the plan.</summary>
public sealed record EndorsePlanForm
{
    public Guid? Version { get; init; }
}

/// <summary>The delegated authority returns the plan with a reason the manager sees.</summary>
public sealed record ReturnPlanForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class ReturnPlanFormValidator : AbstractValidator<ReturnPlanForm>
{
    public ReturnPlanFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for returning the plan, so the manager knows what to change.")
            .MaximumLength(InvestigationEvent.ReasonMaxLength).WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
    }
}
