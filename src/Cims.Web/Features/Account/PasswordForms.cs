using FluentValidation;

namespace Cims.Web.Features.Account;

public sealed record ForgotPasswordForm
{
    public string? Email { get; init; }
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@example.org.");
    }
}

public sealed record ResetPasswordForm
{
    public string? UserId { get; init; }

    public string? Code { get; init; }

    public string? Password { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter a new password.");
        RuleFor(f => f.ConfirmPassword).NotEmpty().WithMessage("Enter the new password again.")
            .Equal(f => f.Password).When(f => !string.IsNullOrEmpty(f.Password))
            .WithMessage("The two passwords do not match. Enter the same password in both boxes.");
    }
}
