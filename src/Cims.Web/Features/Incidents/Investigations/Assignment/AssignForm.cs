using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>
/// Who investigates or reviews: a manager of the organisation, or an external investigator or reviewer with an
/// accountable user; a review may be joint with the department.
/// </summary>
public sealed record AssignForm
{
    public const string Internal = "Internal";
    public const string External = "External";
    public const string ReviewSubject = "Review";

    /// <summary>"Review" on the review's form: only the wording of the messages depends on it; the address decides what is assigned.</summary>
    public string? Subject { get; init; }

    /// <summary>The review is conducted jointly with the department (reviews only).</summary>
    public bool JointWithDepartment { get; init; }

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

    public bool IsReview => Subject == ReviewSubject;
}

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => k is AssignForm.Internal or AssignForm.External)
            .WithMessage(f => f.IsReview
                ? "Choose who reviews: a review manager of your organisation or an external reviewer."
                : "Choose who investigates: a manager of your organisation or an external investigator.");
        RuleFor(f => f.ManagerUserId).NotEmpty().When(f => f.Kind == AssignForm.Internal)
            .WithMessage(f => f.IsReview ? "Choose the review manager." : "Choose the investigation manager.");
        When(f => f.IsExternal, () =>
        {
            RuleFor(f => f.ExternalName).NotEmpty().WithMessage(f => $"Enter the {Outsider(f)}'s name.")
                .MaximumLength(Assignee.NameMaxLength).WithMessage($"The name must be {Assignee.NameMaxLength} characters or fewer.");
            RuleFor(f => f.ExternalOrganisation).NotEmpty().WithMessage(f => $"Enter the {Outsider(f)}'s organisation.")
                .MaximumLength(Assignee.NameMaxLength).WithMessage($"The organisation must be {Assignee.NameMaxLength} characters or fewer.");
            RuleFor(f => f.ExternalContact).NotEmpty().WithMessage(f => $"Enter how to contact the {Outsider(f)} (telephone or e-mail).")
                .MaximumLength(Assignee.ContactMaxLength).WithMessage($"The contact must be {Assignee.ContactMaxLength} characters or fewer.");
            RuleFor(f => f.AccountableUserId).NotEmpty().WithMessage(f => $"Choose the user of your organisation accountable for the {Outsider(f)}.");
        });
        RuleFor(f => f.Reason).MaximumLength(InvestigationEvent.ReasonMaxLength)
            .WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
    }

    private static string Outsider(AssignForm form) => form.IsReview ? "external reviewer" : "external investigator";
}
