using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Api.Sandbox;

/// <summary>
/// The CIMS administrator issues sandbox credentials to a vendor (docs/adr/0038-the-api-sandbox.md): the form, the
/// list of sandbox clients issued and the synthetic clients. The new secret is shown once, never cached.
/// </summary>
[Authorize(Policy = Policies.CimsAdministrator)]
[Route("ApiSandbox")]
public sealed class SandboxController(GetSandboxPage page) : Controller
{
    public const string CredentialsKey = "SandboxCredentials";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (TempData[CredentialsKey] is string credentials)
        {
            ViewData[CredentialsKey] = credentials.Split('\n');
            Response.Headers.CacheControl = "no-store";
        }

        return View(await page.RunAsync(new SandboxForm { Scopes = ApiScopes.All }, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SandboxForm form, [FromServices] IssueSandboxCredentials issue, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await issue.RunAsync(form, ct) : default;
        if (!ModelState.IsValid || result.Failed)
        {
            if (result.Error is { } error)
                ModelState.AddError(error);
            return View(await page.RunAsync(form, ct));
        }

        TempData[CredentialsKey] = $"{result.Value.ClientId}\n{result.Value.ClientSecret}";
        TempData["Flash"] = $"Sandbox credentials issued to {form.Vendor!.Trim()}. Copy the secret now: it is not shown again.";
        return RedirectToAction(nameof(Index));
    }
}
