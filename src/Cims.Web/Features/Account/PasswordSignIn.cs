using System.Globalization;
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
/// a real account does. Too many failures from one client address are refused before any check. Every answer but
/// "now the second step" leaves a security event (<see cref="SignInEvents"/>).
/// </summary>
public sealed class PasswordSignIn(SignInManager<CimsUser> signIn, SignInThrottle throttle, DummyPasswordCheck dummy, IHttpContextAccessor http, SignInEvents events)
{
    public async Task<SignInAttempt> RunAsync(LoginForm form)
    {
        var email = form.Email!.Trim();
        var address = http.HttpContext?.Connection.RemoteIpAddress;
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (throttle.Wait(AttemptKind.SignIn, email, address) is { } wait)
        {
            var locked = throttle.AccountWait(AttemptKind.SignIn, email) is not null;
            await events.FailedAsync(user, email, locked ? "Refused: the account is locked after failed sign-ins." : "Refused: too many failed sign-ins from this address.");
            return locked ? new SignInAttempt(SignInOutcome.LockedOut) : new SignInAttempt(SignInOutcome.TooManyAttempts, wait);
        }

        var wasLocked = user is not null && await signIn.UserManager.IsLockedOutAsync(user);
        var result = await CheckAsync(user, form);
        if (result.Succeeded)
            await events.SucceededAsync(user!, "Signed in with password.");
        if (result.Succeeded || result.RequiresTwoFactor)
            return new SignInAttempt(result.Succeeded ? SignInOutcome.Succeeded : SignInOutcome.RequiresTwoFactor);
        throttle.Count(AttemptKind.SignIn, email, address);
        var lockedNow = result.IsLockedOut || throttle.AccountWait(AttemptKind.SignIn, email) is not null;
        await RecordFailureAsync(user, email, result, wasLocked, lockedNow);
        return new SignInAttempt(lockedNow ? SignInOutcome.LockedOut : SignInOutcome.Failed);
    }

    private Task RecordFailureAsync(CimsUser? user, string email, SignInResult result, bool wasLocked, bool lockedNow)
    {
        if (wasLocked)
            return events.FailedAsync(user, email, "Refused: the account is locked after failed sign-ins.");
        if (lockedNow)
            return events.LockedOutAsync(user, email, string.Create(CultureInfo.InvariantCulture, $"Locked for {signIn.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes after {signIn.Options.Lockout.MaxFailedAccessAttempts} failed sign-ins."));
        return events.FailedAsync(user, email, user is null ? "Failed sign-in." : result.IsNotAllowed ? "Refused: the account or its organisation is not active." : "Wrong password.");
    }

    private async Task<SignInResult> CheckAsync(CimsUser? user, LoginForm form)
    {
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: true);
        if (user is null || result.IsNotAllowed)
            dummy.Verify(form.Password!); // Identity checks no password for these: spend the same time.
        return result;
    }
}
