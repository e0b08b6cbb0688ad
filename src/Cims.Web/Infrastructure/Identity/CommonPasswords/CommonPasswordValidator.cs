using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Infrastructure.Identity.CommonPasswords;

/// <summary>Refuses a password found in <see cref="CommonPasswordList"/> (NIST SP 800-63B, section 3.1.1.2).</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CimsUser>
{
    public const string Code = "PasswordCommon";

    public const string Message =
        "This password is on a list of common or breached passwords that attackers try first. Choose another, like a few unrelated words.";

    public Task<IdentityResult> ValidateAsync(UserManager<CimsUser> manager, CimsUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswordList.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
}
