using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccountController(SignInManager<CimsUser> signIn) : Controller
{
    public const string SignInFailed = "The e-mail address or password is not right, or the account is not active.";

    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form);
        var result = await signIn.PasswordSignInAsync(form.Email!, form.Password!, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        if (result.RequiresTwoFactor)
            return RedirectToAction("LoginWith2fa", "TwoFactor", new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        if (result.IsLockedOut)
            return RedirectToAction(nameof(Lockout));
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
