using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>Identity's messages in plain Australian English.</summary>
public sealed class CimsIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Describe(nameof(PasswordTooShort), $"Your password needs at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() =>
        Describe(nameof(PasswordRequiresDigit), "Your password needs at least one number (0–9).");

    public override IdentityError PasswordRequiresLower() =>
        Describe(nameof(PasswordRequiresLower), "Your password needs at least one lower-case letter (a–z).");

    public override IdentityError PasswordRequiresUpper() =>
        Describe(nameof(PasswordRequiresUpper), "Your password needs at least one capital letter (A–Z).");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Describe(nameof(PasswordRequiresNonAlphanumeric), "Your password needs at least one symbol, like ! or #.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Describe(nameof(PasswordRequiresUniqueChars), $"Your password needs at least {uniqueChars} different characters.");

    public override IdentityError PasswordMismatch() =>
        Describe(nameof(PasswordMismatch), "Your current password is not right.");

    public override IdentityError InvalidToken() =>
        Describe(nameof(InvalidToken), "This link is not valid or has expired.");

    private static IdentityError Describe(string code, string description) => new() { Code = code, Description = description };
}
