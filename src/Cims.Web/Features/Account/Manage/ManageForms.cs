using FluentValidation;

namespace Cims.Web.Features.Account.Manage;

public sealed record ChangePasswordForm
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password.");
        RuleFor(f => f.ConfirmPassword).NotEmpty().WithMessage("Enter the new password again.")
            .Equal(f => f.NewPassword).When(f => !string.IsNullOrEmpty(f.NewPassword))
            .WithMessage("The two new passwords do not match. Enter the same password in both boxes.");
    }
}

public sealed record EnableAuthenticatorForm
{
    public string? Code { get; init; }
}

public sealed class EnableAuthenticatorFormValidator : AbstractValidator<EnableAuthenticatorForm>
{
    public EnableAuthenticatorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.")
            .Must(TwoFactorCode.IsWellFormed).WithMessage("The code is 6 numbers, like 123456.");
    }
}
