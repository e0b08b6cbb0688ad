using Cims.Domain.Common;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>
/// The CIMS administrator's onboarding queue: open requests first; a request's page to ask the requester for more
/// information, approve it (the organisation and its first administrator are made and the administrator invited) or
/// decline it with a reason.
/// </summary>
[Route("OnboardingRequests")]
[Authorize(Policy = Policies.CimsAdministrator)]
public sealed class OnboardingRequestsController(OnboardingPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Queue", await pages.QueueAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) => await ReviewPageAsync(id, null, ct);

    [HttpPost("{id:int}/Ask")]
    public async Task<IActionResult> Ask(int id, AskForm form, [FromServices] OnboardingActions actions, CancellationToken ct) =>
        await DoneAsync(id, await actions.AskAsync(User, id, form, ct), "Your question was sent to the requester.", form, ct);

    [HttpPost("{id:int}/Decline")]
    public async Task<IActionResult> Decline(int id, OnboardingDeclineForm form, [FromServices] OnboardingActions actions, CancellationToken ct) =>
        await DoneAsync(id, await actions.DeclineAsync(User, id, form, ct), "The request was declined. The requester sees your reason.", form, ct);

    [HttpPost("{id:int}/Approve")]
    public async Task<IActionResult> Approve(int id, Guid? version, [FromServices] ApproveOnboardingRequest approve, CancellationToken ct)
    {
        var result = await approve.RunAsync(User, id, version, InvitationLink, ct);
        if (result.Failed)
            return await DoneAsync(id, result.Error!, "", null, ct);
        var approved = result.Value;
        TempData["Flash"] = approved.InvitationProblem is { } problem
            ? $"The request was approved and the organisation made. {problem.Message} Resend it from the user's page."
            : $"The request was approved, the organisation made, and {approved.AdministratorEmail} was e-mailed an invitation.";
        return RedirectToAction(nameof(Review), new { id });
    }

    private async Task<IActionResult> DoneAsync(int id, Result result, string flash, object? form, CancellationToken ct)
    {
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (!result.Failed)
        {
            TempData["Flash"] = flash;
            return RedirectToAction(nameof(Review), new { id });
        }

        ModelState.AddError(result.Error!);
        return await ReviewPageAsync(id, form, ct);
    }

    private async Task<IActionResult> ReviewPageAsync(int id, object? form, CancellationToken ct)
    {
        ViewData["Posted"] = form;
        return await pages.ViewAsync(id, ct) is { } view ? View("Review", view) : NotFound();
    }

    private string InvitationLink(string userId, string code) =>
        Url.Action("Reset", "Password", new { userId, code }, Request.Scheme)
        ?? throw new InvalidOperationException("No route to the password page.");
}
