using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>Starting a report, the drafts list, the declaration and submission for endorsement, and keeping the session alive.</summary>
public sealed class ReportController(DraftStore drafts) : ReportControllerBase(drafts)
{
    [HttpGet("Incidents/Report/Start")]
    public IActionResult Start() => User.IsDepartment() ? Forbid() : View(new StartForm());

    [HttpPost("Incidents/Report/Start")]
    public async Task<IActionResult> Start(StartForm form, [FromServices] StartReport start, CancellationToken ct)
    {
        if (User.IsDepartment())
            return Forbid();
        if (!ModelState.IsValid)
            return View(form);
        if (form.DuringServiceDelivery == false)
            return RedirectToAction(nameof(NotInScope));
        var id = await start.RunAsync(User, ct);
        return Redirect(ReportSteps.Url(id, ReportSteps.Service));
    }

    [HttpGet("Incidents/Report/NotInScope")]
    public IActionResult NotInScope() => View();

    [HttpGet("Incidents/Drafts")]
    public async Task<IActionResult> Drafts([FromServices] ListDrafts list, CancellationToken ct) => View(await list.RunAsync(User, ct));

    /// <summary>"Stay signed in": renews the sign-in cookie for another 30 minutes.</summary>
    [HttpPost("Incidents/Report/KeepAlive")]
    public async Task<IActionResult> KeepAlive()
    {
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (current.Succeeded)
            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, current.Principal, new AuthenticationProperties { IsPersistent = current.Properties.IsPersistent });
        return NoContent();
    }

    [HttpGet("Incidents/Report/{id:int}/Declaration")]
    public async Task<IActionResult> Declaration(int id, [FromServices] BuildReview review, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var form = new DeclarationForm { Version = incident.Version, Review = await review.RunAsync(incident, ct) };
        return Page(incident, ReportSteps.Declaration, "Declaration", form);
    }

    [HttpPost("Incidents/Report/{id:int}/Declaration")]
    public async Task<IActionResult> Declaration(int id, DeclarationForm form, [FromServices] SubmitReport submit, [FromServices] BuildReview review, CancellationToken ct)
    {
        var result = await submit.RunAsync(User, id, form, ct);
        if (!result.Failed)
            return RedirectToAction(nameof(Submitted), new { id });
        if (result.Error is { IsNotFound: true } || await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var page = form with { Review = await review.RunAsync(incident, ct) };
        return await RedisplayAsync(incident, ReportSteps.Declaration, "Declaration", page, result.Error, ct);
    }

    [HttpGet("Incidents/Report/{id:int}/Submitted")]
    public async Task<IActionResult> Submitted(int id, [FromServices] GetSubmitted get, CancellationToken ct) =>
        await get.RunAsync(User, id, ct) is { } view ? View(view) : NotFound();
}
