using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account.Manage;

/// <summary>The signed-in user's own account: password and two-step sign-in.</summary>
[AllowWithoutTwoFactor]
public sealed class ManageController(AccountOverview overview, ChangePassword changer, AuthenticatorSetup authenticator, TwoFactorSettings settings)
    : Controller
{
    private const string RecoveryCodesKey = "RecoveryCodes";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await overview.LoadAsync(User, ct));

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var errors = await changer.ChangeAsync(User, form, ct);
            if (errors.Count == 0)
                return Done("Your password has been changed.", nameof(Index));
            ModelState.AddErrors(errors);
        }

        return View(new ChangePasswordForm());
    }

    [HttpGet]
    public async Task<IActionResult> EnableAuthenticator()
    {
        if (await authenticator.IsEnabledAsync(User))
            return Done("Two-step sign-in is already on. To use a new phone, reset your authenticator app.", nameof(Index));
        return await ShowSetupAsync(new EnableAuthenticatorForm());
    }

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorForm form, CancellationToken ct)
    {
        var enabled = ModelState.IsValid ? await authenticator.EnableAsync(User, form.Code!, ct) : default;
        if (enabled.Value is { } codes)
        {
            TempData[RecoveryCodesKey] = string.Join(' ', codes);
            return RedirectToAction(nameof(RecoveryCodes));
        }

        ModelState.AddErrors(enabled.Error is { } error ? [error] : []);
        return await ShowSetupAsync(new EnableAuthenticatorForm());
    }

    [HttpGet]
    public IActionResult RecoveryCodes() =>
        TempData[RecoveryCodesKey] is string codes ? View(codes.Split(' ')) : RedirectToAction(nameof(Index));

    [HttpGet]
    public async Task<IActionResult> Disable2fa() =>
        await authenticator.IsEnabledAsync(User) ? View(overview.IsRequired(User)) : Done("Two-step sign-in is already off.", nameof(Index));

    [HttpPost]
    [ActionName(nameof(Disable2fa))]
    public async Task<IActionResult> Disable2faConfirmed(CancellationToken ct)
    {
        await settings.DisableAsync(User, ct);
        return Done("Two-step sign-in is now off.", nameof(Index));
    }

    [HttpGet]
    public IActionResult ResetAuthenticator() => View();

    [HttpPost]
    [ActionName(nameof(ResetAuthenticator))]
    public async Task<IActionResult> ResetAuthenticatorConfirmed(CancellationToken ct)
    {
        await settings.ResetAsync(User, ct);
        return Done("Your old authenticator app no longer works. Set up your app again with the new key.", nameof(EnableAuthenticator));
    }

    private async Task<ViewResult> ShowSetupAsync(EnableAuthenticatorForm form)
    {
        await authenticator.EnsureKeyAsync(User);
        ViewData["Required"] = overview.IsRequired(User);
        return View(nameof(EnableAuthenticator), form);
    }

    private RedirectToActionResult Done(string message, string action)
    {
        TempData["Flash"] = message;
        return RedirectToAction(action);
    }
}
