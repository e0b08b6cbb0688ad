using Cims.Web.Features.Account.Throttling;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

/// <summary>The second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class TwoFactorController(SignInManager<CimsUser> signIn, SignInThrottle throttle) : Controller
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
        if (Outcome(result, user, form.ReturnUrl) is { } done)
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
        if (Outcome(result, user, form.ReturnUrl) is { } done)
            return done;
        ModelState.AddErrors([AccountErrors.WrongRecoveryCode]);
        return View(form with { RecoveryCode = null });
    }

    private IActionResult? Outcome(Microsoft.AspNetCore.Identity.SignInResult result, CimsUser user, string? returnUrl)
    {
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        throttle.Count(AttemptKind.TwoFactor, user.Id, HttpContext.Connection.RemoteIpAddress);
        return result.IsLockedOut ? RedirectToAction("Lockout", "Account") : null;
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
