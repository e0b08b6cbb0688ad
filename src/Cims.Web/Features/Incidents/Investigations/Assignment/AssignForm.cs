using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>Who investigates: a manager of the organisation, or an external investigator with an accountable user.</summary>
public sealed record AssignForm
{
    public const string Internal = "Internal";
    public const string External = "External";

    public Guid? Version { get; init; }

    public string? Kind { get; init; }

    public string? ManagerUserId { get; init; }

    public string? ExternalName { get; init; }

    public string? ExternalOrganisation { get; init; }

    public string? ExternalContact { get; init; }

    public string? AccountableUserId { get; init; }

    /// <summary>Why the investigation moves to someone else (reassignment only).</summary>
    public string? Reason { get; init; }

    public bool IsExternal => Kind == External;
}

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => k is AssignForm.Internal or AssignForm.External)
            .WithMessage("Choose who investigates: a manager of your organisation or an external investigator.");
        RuleFor(f => f.ManagerUserId).NotEmpty().When(f => f.Kind == AssignForm.Internal)
            .WithMessage("Choose the investigation manager.");
        When(f => f.IsExternal, () =>
        {
            RuleFor(f => f.ExternalName).NotEmpty().WithMessage("Enter the external investigator's name.")
                .MaximumLength(Assignee.NameMaxLength).WithMessage($"The name must be {Assignee.NameMaxLength} characters or fewer.");
            RuleFor(f => f.ExternalOrganisation).NotEmpty().WithMessage("Enter the external investigator's organisation.")
                .MaximumLength(Assignee.NameMaxLength).WithMessage($"The organisation must be {Assignee.NameMaxLength} characters or fewer.");
            RuleFor(f => f.ExternalContact).NotEmpty().WithMessage("Enter how to contact the external investigator (telephone or e-mail).")
                .MaximumLength(Assignee.ContactMaxLength).WithMessage($"The contact must be {Assignee.ContactMaxLength} characters or fewer.");
            RuleFor(f => f.AccountableUserId).NotEmpty().WithMessage("Choose the user of your organisation accountable for the external investigator.");
        });
        RuleFor(f => f.Reason).MaximumLength(InvestigationEvent.ReasonMaxLength)
            .WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
    }
}
