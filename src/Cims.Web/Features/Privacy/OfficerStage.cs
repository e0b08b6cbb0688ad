using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;

namespace Cims.Web.Features.Privacy;

public sealed record PrivacyOfficerForm : StepForm
{
    public string? Surname { get; init; }

    public string? GivenName { get; init; }

    public string? JobTitle { get; init; }

    public string? Telephone { get; init; }

    public string? Email { get; init; }

    public string? LineManagerName { get; init; }
}

public sealed class PrivacyOfficerFormValidator : AbstractValidator<PrivacyOfficerForm>
{
    public const string TelephoneSpacesMessage = "Enter the telephone number without any spaces between the numbers, like 0355501234.";

    public const string TelephoneMessage = "Enter the telephone number using digits only, with an optional + at the start, like 0355501234.";

    public PrivacyOfficerFormValidator()
    {
        RuleFor(f => f.Surname).NotEmpty().WithMessage("Enter your surname (family name).")
            .MaximumLength(100).WithMessage("Enter a surname of 100 characters or fewer.");
        RuleFor(f => f.GivenName).NotEmpty().WithMessage("Enter your given name.")
            .MaximumLength(100).WithMessage("Enter a given name of 100 characters or fewer.");
        RuleFor(f => f.JobTitle).NotEmpty().WithMessage("Enter your job title.")
            .MaximumLength(100).WithMessage("Enter a job title of 100 characters or fewer.");
        RuleFor(f => f.Telephone).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter your telephone or mobile number.")
            .Must(t => !t!.Any(char.IsWhiteSpace)).WithMessage(TelephoneSpacesMessage)
            .Matches(@"^\+?\d{6,15}$").WithMessage(TelephoneMessage);
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(256).WithMessage("Enter an email address of 256 characters or fewer.")
            .EmailAddress().WithMessage("Enter an email address in the right format, like name@example.org.");
        RuleFor(f => f.LineManagerName).NotEmpty().WithMessage("Enter your line manager's name.")
            .MaximumLength(200).WithMessage("Enter a name of 200 characters or fewer.");
    }
}

/// <summary>Stage 2: the reporting officer, who cannot be anonymous, and their line manager (mandatory by our decision).</summary>
public sealed class OfficerStage(TimeProvider clock)
{
    public static PrivacyOfficerForm Form(Domain.Privacy.PrivacyReport report) => report.Officer is not { } o ? new PrivacyOfficerForm() : new PrivacyOfficerForm
    {
        Surname = o.Surname,
        GivenName = o.GivenName,
        JobTitle = o.JobTitle,
        Telephone = o.Telephone,
        Email = o.Email,
        LineManagerName = o.LineManagerName,
    };

    public Result Apply(Domain.Privacy.PrivacyReport report, PrivacyOfficerForm form) => report.SetOfficer(
        new PrivacyOfficer(form.Surname!.Trim(), form.GivenName!.Trim(), form.JobTitle!.Trim(), form.Telephone!, form.Email!.Trim(), form.LineManagerName!.Trim()),
        clock.GetUtcNow());
}
