using Cims.Web.Features.Account.Throttling;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

/// <summary>The second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class TwoFactorController(SignInManager<CimsUser> signIn, SignInThrottle throttle, SignInEvents events) : Controller
{
    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl, bool rememberMe) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? BackToLogin(returnUrl)
            : View(new TwoFactorLoginForm { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [HttpPost]
    public async Task<IActionResult> LoginWith2fa(TwoFactorLoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form with { Code = null });
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return BackToLogin(form.ReturnUrl);
        if (Throttled(user) is { } tooMany)
            return tooMany;
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Normalise(form.Code), form.RememberMe, form.RememberMachine);
        if (await OutcomeAsync(result, user, form.ReturnUrl, "authenticator code") is { } done)
            return done;
        ModelState.AddErrors([AccountErrors.WrongCode]);
        return View(form with { Code = null });
    }

    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? BackToLogin(returnUrl)
            : View(new RecoveryCodeLoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeLoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form with { RecoveryCode = null });
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return BackToLogin(form.ReturnUrl);
        if (Throttled(user) is { } tooMany)
            return tooMany;
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCode.NormaliseRecovery(form.RecoveryCode));
        if (await OutcomeAsync(result, user, form.ReturnUrl, "recovery code") is { } done)
            return done;
        ModelState.AddErrors([AccountErrors.WrongRecoveryCode]);
        return View(form with { RecoveryCode = null });
    }

    /// <summary>Where a second step leads, with its security event: in, locked out, or null to try again.</summary>
    private async Task<IActionResult?> OutcomeAsync(Microsoft.AspNetCore.Identity.SignInResult result, CimsUser user, string? returnUrl, string code)
    {
        if (result.Succeeded)
        {
            await events.SucceededAsync(user, $"Signed in with password and {code}.");
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        throttle.Count(AttemptKind.TwoFactor, user.Id, HttpContext.Connection.RemoteIpAddress);
        if (!result.IsLockedOut)
        {
            await events.FailedAsync(user, user.Email!, $"Wrong {code} at the second step.");
            return null;
        }

        await events.LockedOutAsync(user, user.Email!, $"Locked after wrong codes at the second step ({code}).");
        return RedirectToAction("Lockout", "Account");
    }

    /// <summary>Too many wrong codes for this account or from this address: the "Too many attempts" page.</summary>
    private ViewResult? Throttled(CimsUser user) =>
        throttle.Wait(AttemptKind.TwoFactor, user.Id, HttpContext.Connection.RemoteIpAddress) is { } wait ? this.TooManyAttempts(wait) : null;

    private RedirectToActionResult BackToLogin(string? returnUrl)
    {
        TempData["Flash"] = "Your sign-in took too long. Please sign in again.";
        return RedirectToAction("Login", "Account", new { returnUrl });
    }
}
