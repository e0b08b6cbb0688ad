using Cims.Web.Features.Admin.Organisations;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>
/// The public side of onboarding, without an account: a funded organisation requests access to the client incident
/// register, then follows its request (and answers the department) on a status page that needs the reference and the
/// secret key of the link it was given; the reference alone opens nothing.
/// </summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
[EnableRateLimiting(PublicForms.RateLimitPolicy)]
[Route("Onboarding")]
public sealed class OnboardingController(OnboardingPages pages, LoadOrganisationChoices choices) : Controller
{
    [HttpGet("Request")]
    public async Task<IActionResult> RequestAccess(CancellationToken ct) =>
        View("Request", new OnboardingForm { Choices = await choices.RunAsync(ct) });

    [HttpPost("Request")]
    public async Task<IActionResult> RequestAccess(OnboardingForm form, [FromServices] OnboardingActions actions, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await actions.SubmitAsync(form, StatusLink, ct) : default;
        if (!ModelState.IsValid || result.Failed)
        {
            if (result.Error is { } error)
                ModelState.AddError(error);
            return View("Request", form with { Choices = await choices.RunAsync(ct) });
        }

        TempData["Flash"] = $"Your request {result.Value.Reference} was sent. Keep this page's address: it is the only way to see your request. We also e-mailed it to the contact.";
        return RedirectToAction(nameof(Status), new { reference = result.Value.Reference, key = result.Value.Key });
    }

    [HttpGet("Status/{reference}")]
    public async Task<IActionResult> Status(string reference, string? key, CancellationToken ct) =>
        await pages.FindByLinkAsync(reference, key, tracked: false, ct) is { } request
            ? View("Status", new OnboardingStatusPage(await pages.ViewOfAsync(request, ct), key!, new AnswerForm { Version = request.Version }))
            : NotFound();

    [HttpPost("Status/{reference}/Answer")]
    public async Task<IActionResult> Answer(string reference, AnswerForm form, [FromServices] OnboardingActions actions, CancellationToken ct)
    {
        if (await pages.FindByLinkAsync(reference, form.Key, tracked: true, ct) is not { } request)
            return NotFound();
        var result = ModelState.IsValid ? await actions.AnswerAsync(request, form, ct) : default;
        if (ModelState.IsValid && !result.Failed)
        {
            TempData["Flash"] = "Your answer was sent to the department.";
            return RedirectToAction(nameof(Status), new { reference, key = form.Key });
        }

        if (result.Error is { } error)
            ModelState.AddError(error);
        var current = await pages.FindByLinkAsync(reference, form.Key, tracked: false, ct);
        return View("Status", new OnboardingStatusPage(await pages.ViewOfAsync(current!, ct), form.Key!, form with { Version = current!.Version }));
    }

    private string StatusLink(string reference, string key) =>
        Url.Action(nameof(Status), "Onboarding", new { reference, key }, Request.Scheme)
        ?? throw new InvalidOperationException("No route to the onboarding status page.");
}
