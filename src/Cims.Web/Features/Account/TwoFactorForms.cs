using FluentValidation;

namespace Cims.Web.Features.Account;

public sealed record TwoFactorLoginForm
{
    public string? Code { get; init; }

    public bool RememberMachine { get; init; }

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed class TwoFactorLoginFormValidator : AbstractValidator<TwoFactorLoginForm>
{
    public TwoFactorLoginFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.")
            .Must(TwoFactorCode.IsWellFormed).WithMessage("The code is 6 numbers, like 123456.");
    }
}

public sealed record RecoveryCodeLoginForm
{
    public string? RecoveryCode { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed class RecoveryCodeLoginFormValidator : AbstractValidator<RecoveryCodeLoginForm>
{
    public RecoveryCodeLoginFormValidator()
    {
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes.");
    }
}

/// <summary>Codes as people type them: spaces and hyphens are ignored.</summary>
public static class TwoFactorCode
{
    public static string Normalise(string? code) =>
        new([.. (code ?? "").Where(c => c is not (' ' or '-'))]);

    public static bool IsWellFormed(string? code) =>
        Normalise(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public static string NormaliseRecovery(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
}
