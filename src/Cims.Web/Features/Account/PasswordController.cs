using Cims.Web.Features.Account.Throttling;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

/// <summary>Forgotten password: ask for a link by e-mail, then choose a new password. /Password/Reset is also the invitation page.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class PasswordController(SendPasswordReset sender, ResetPassword resetter, SignInThrottle throttle) : Controller
{
    [HttpGet]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return View(form);
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.Wait(AttemptKind.PasswordReset, form.Email!, address) is { } wait)
            return this.TooManyAttempts(wait);
        throttle.Count(AttemptKind.PasswordReset, form.Email!, address);
        await sender.SendAsync(form.Email!, ct);
        return RedirectToAction(nameof(ForgotConfirmation));
    }

    [HttpGet]
    public IActionResult ForgotConfirmation() => View();

    [HttpGet]
    public async Task<IActionResult> Reset(string? userId, string? code) =>
        await resetter.IsLinkValidAsync(userId, code)
            ? View(new ResetPasswordForm { UserId = userId, Code = code })
            : View("InvalidLink");

    [HttpPost]
    public async Task<IActionResult> Reset(ResetPasswordForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var errors = await resetter.ResetAsync(form, ct);
            if (errors.Count == 0)
                return RedirectToAction(nameof(ResetConfirmation));
            ModelState.AddErrors(errors);
        }

        return View(form with { Password = null, ConfirmPassword = null });
    }

    [HttpGet]
    public IActionResult ResetConfirmation() => View();
}
