using Cims.Web.Features.Shared.Steps;
using FluentValidation;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>The declaration page's form: the mandatory checkbox and the version the reporter saw.</summary>
public sealed record PrivacyDeclarationForm : StepForm
{
    public bool Declared { get; init; }
}

public sealed class PrivacyDeclarationFormValidator : AbstractValidator<PrivacyDeclarationForm>
{
    public const string Message = "Tick the declaration to confirm you understand your responsibilities.";

    public PrivacyDeclarationFormValidator() => RuleFor(f => f.Declared).Equal(true).WithMessage(Message);
}

/// <summary>The words the reporter declares, shown on the declaration page and printed in the PDF receipt.</summary>
public static class PrivacyDeclaration
{
    public const string Text =
        "I declare that the information in this privacy incident report is true and correct to the best of my knowledge. " +
        "I understand my responsibilities under the Privacy and Data Protection Act 2014, the Health Records Act 2001 and " +
        "my organisation's service agreement with the department to report privacy incidents, to contain them, and to " +
        "include only the personal and health information needed to manage the incident.";

    public const string CheckboxLabel = "I have read the declaration and I understand my responsibilities.";
}
