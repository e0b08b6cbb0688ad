using Cims.Web.Infrastructure.Startup;
using Cims.Web.Infrastructure.Training;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Training;

/// <summary>
/// The training environment's own pages (docs/adr/0052): the e-mail that would have been sent (every user sees what was
/// addressed to them, the CIMS administrator everything), and the CIMS administrator's reset to the sample data.
/// Outside the training environment they do not exist (404).
/// </summary>
[Route("Training")]
public sealed class TrainingController(TrainingMode training) : Controller
{
    [HttpGet("Emails")]
    public async Task<IActionResult> Emails([FromServices] ListTrainingEmails list, CancellationToken ct) =>
        training.IsOn ? View(await list.RunAsync(User, ct)) : NotFound();

    [Authorize(Policy = Policies.CimsAdministrator)]
    [HttpGet("Reset")]
    public IActionResult Reset() => training.IsOn ? View(new ResetForm()) : NotFound();

    [Authorize(Policy = Policies.CimsAdministrator)]
    [HttpPost("Reset")]
    public async Task<IActionResult> Reset(ResetForm form, [FromServices] TrainingReset reset, CancellationToken ct)
    {
        if (!training.IsOn)
            return NotFound();
        if (!form.Confirmed)
        {
            ModelState.AddModelError(nameof(ResetForm.Confirmed), "Tick the box to confirm that every change made in the training environment will be lost.");
            return View(form);
        }

        await reset.RunAsync(User.Identity?.Name ?? "a CIMS administrator", ct);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme); // every account was made again
        TempData["Flash"] = "The training data was reset to the sample. Sign in again with a training account.";
        return Redirect("/Account/Login");
    }
}

public sealed record ResetForm
{
    public bool Confirmed { get; init; }
}
