using FluentValidation;

namespace Cims.Web.Features.Account;

public sealed record LoginForm
{
    public string? Email { get; init; }

    public string? Password { get; init; }

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@example.org.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
