using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>The date must be real and the reason given; the limits that need the calendar are the domain's.</summary>
public sealed class ExtensionRequestFormValidator : AbstractValidator<ExtensionRequestForm>
{
    public ExtensionRequestFormValidator()
    {
        RuleFor(f => f.DueOn).NotNull().OverridePropertyName(nameof(ExtensionRequestForm.DueDay))
            .WithMessage(f => string.IsNullOrWhiteSpace(f.DueDay) && string.IsNullOrWhiteSpace(f.DueMonth) && string.IsNullOrWhiteSpace(f.DueYear)
                ? "Enter the new due date you are asking for."
                : "Enter a real date for the new due date, such as 29 01 2027.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why more time is needed.")
            .MaximumLength(InvestigationEvent.ReasonMaxLength).WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
    }
}

/// <summary>An approved date, if typed, must be a real date (left empty, it is the date asked for).</summary>
public sealed class ApproveExtensionFormValidator : AbstractValidator<ApproveExtensionForm>
{
    public ApproveExtensionFormValidator()
    {
        RuleFor(f => f.DueOn).NotNull().OverridePropertyName(nameof(ApproveExtensionForm.DueDay))
            .When(f => !string.IsNullOrWhiteSpace(f.DueDay) || !string.IsNullOrWhiteSpace(f.DueMonth) || !string.IsNullOrWhiteSpace(f.DueYear))
            .WithMessage("Enter a real date for the new due date, such as 29 01 2027.");
    }
}

public sealed class ReasonFormValidator : AbstractValidator<ReasonForm>
{
    public ReasonFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason.")
            .MaximumLength(InvestigationEvent.ReasonMaxLength).WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
    }
}
