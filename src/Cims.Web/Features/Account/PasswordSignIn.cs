using Cims.Web.Features.Account.Throttling;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account;

public enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    LockedOut,
    Failed,
    TooManyAttempts,
}

public sealed record SignInAttempt(SignInOutcome Outcome, TimeSpan Wait = default);

/// <summary>
/// Signs in with e-mail and password so that the answer and its timing tell nothing about whether the account exists:
/// an address with no account (or an inactive one) still costs one password hash, and locks after as many failures as
/// a real account does. Too many failures from one client address are refused before any check.
/// </summary>
public sealed class PasswordSignIn(SignInManager<CimsUser> signIn, SignInThrottle throttle, DummyPasswordCheck dummy, IHttpContextAccessor http)
{
    public async Task<SignInAttempt> RunAsync(LoginForm form)
    {
        var email = form.Email!.Trim();
        var address = http.HttpContext?.Connection.RemoteIpAddress;
        if (throttle.Wait(AttemptKind.SignIn, email, address) is { } wait)
        {
            return throttle.AccountWait(AttemptKind.SignIn, email) is null
                ? new SignInAttempt(SignInOutcome.TooManyAttempts, wait)
                : new SignInAttempt(SignInOutcome.LockedOut);
        }

        var result = await CheckAsync(email, form);
        if (result.Succeeded)
            return new SignInAttempt(SignInOutcome.Succeeded);
        if (result.RequiresTwoFactor)
            return new SignInAttempt(SignInOutcome.RequiresTwoFactor);
        throttle.Count(AttemptKind.SignIn, email, address);
        return result.IsLockedOut || throttle.AccountWait(AttemptKind.SignIn, email) is not null
            ? new SignInAttempt(SignInOutcome.LockedOut)
            : new SignInAttempt(SignInOutcome.Failed);
    }

    private async Task<SignInResult> CheckAsync(string email, LoginForm form)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: true);
        if (user is null || result.IsNotAllowed)
            dummy.Verify(form.Password!); // Identity checks no password for these: spend the same time.
        return result;
    }
}
