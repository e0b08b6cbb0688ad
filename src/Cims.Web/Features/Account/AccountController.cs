using Cims.Web.Features.Account.Throttling;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccountController(SignInManager<CimsUser> signIn, PasswordSignIn passwordSignIn) : Controller
{
    public const string SignInFailed = "The e-mail address or password is not right, or the account is not active.";

    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form);
        var attempt = await passwordSignIn.RunAsync(form);
        return attempt.Outcome switch
        {
            SignInOutcome.Succeeded => LocalRedirect(SafeReturnUrl(form.ReturnUrl)),
            SignInOutcome.RequiresTwoFactor => RedirectToAction("LoginWith2fa", "TwoFactor", new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe }),
            SignInOutcome.LockedOut => RedirectToAction(nameof(Lockout)),
            SignInOutcome.TooManyAttempts => this.TooManyAttempts(attempt.Wait),
            _ => Refused(form),
        };
    }

    private ViewResult Refused(LoginForm form)
    {
        ModelState.AddModelError(string.Empty, SignInFailed);
        return View(form with { Password = null });
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData["Flash"] = "You have signed out.";
        return RedirectToAction("Index", "Home");
    }

    [HttpGet]
    public IActionResult Lockout() => View();

    /// <summary>Where the sign-in cookie sends a signed-in user who may not open a page: the page says so, with 403.</summary>
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
