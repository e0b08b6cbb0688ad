using Cims.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cims.Web.Features.Account;

public static class AccountErrors
{
    public static readonly Error InvalidLink =
        new("account.invalid_link", "This link is not valid or has expired. Ask for a new link and use it within 24 hours.");

    public static readonly Error WrongCode =
        new("account.wrong_code", "That code is not right. Check the 6-digit code in your authenticator app and try again.", "Code");

    public static readonly Error WrongRecoveryCode =
        new("account.wrong_recovery_code", "That recovery code is not right, or it has already been used.", "RecoveryCode");

    /// <summary>Turns Identity's errors into ours: password rules beside the password field, a bad token as a bad link.</summary>
    public static IReadOnlyList<Error> FromIdentity(IdentityResult result, string passwordField, string? currentPasswordField = null) =>
        [.. result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.InvalidToken) => InvalidLink,
            nameof(IdentityErrorDescriber.PasswordMismatch) => new Error(e.Code, e.Description, currentPasswordField),
            _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => new Error(e.Code, e.Description, passwordField),
            _ => new Error(e.Code, e.Description),
        })];

    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<Error> errors)
    {
        foreach (var error in errors)
            modelState.AddModelError(error.Field ?? string.Empty, error.Message);
    }
}
