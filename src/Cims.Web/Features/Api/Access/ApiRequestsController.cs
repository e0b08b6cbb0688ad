using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Api.Access;

/// <summary>
/// The CIMS administrator's side of API access: the queue of requests (waiting ones first), a request's page to approve
/// it (the client id and secret are shown once, in the response) or decline it with a reason, and every organisation's
/// API clients, each with a new secret and revocation.
/// </summary>
[Route("ApiRequests")]
[Authorize(Policy = Policies.CimsAdministrator)]
public sealed class ApiRequestsController(ApiAccessPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) => View("Queue", await pages.QueueAsync(page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) => await ReviewPageAsync(id, new DeclineForm(), ct);

    [HttpPost("{id:int}/Approve")]
    public async Task<IActionResult> Approve(int id, Guid? version, [FromServices] ApiAccessActions actions, CancellationToken ct)
    {
        var result = await actions.ApproveAsync(User, id, version, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ReviewPageAsync(id, new DeclineForm(), ct);
        }

        return SecretPage.Approved(this, result.Value, Url.Action(nameof(ClientDetails), new { id = result.Value.ClientKey })!);
    }

    [HttpPost("{id:int}/Decline")]
    public async Task<IActionResult> Decline(int id, DeclineForm form, [FromServices] ApiAccessActions actions, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await actions.DeclineAsync(User, id, form, ct) : default;
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (!ModelState.IsValid || result.Failed)
        {
            if (result.Error is not null)
                ModelState.AddError(result.Error);
            return await ReviewPageAsync(id, form, ct);
        }

        TempData["Flash"] = "The request was declined. The organisation sees your reason.";
        return RedirectToAction(nameof(Review), new { id });
    }

    [HttpGet("Clients")]
    public async Task<IActionResult> Clients(CancellationToken ct) => View(await pages.ClientsAsync(null, ct));

    [HttpGet("Clients/{id:int}")]
    public async Task<IActionResult> ClientDetails(int id, CancellationToken ct) =>
        await pages.ClientAsync(id, null, ct) is { } details ? View("ClientDetails", details) : NotFound();

    [HttpPost("Clients/{id:int}/Rotate")]
    public async Task<IActionResult> Rotate(int id, Guid? version, [FromServices] ApiClientActions actions, CancellationToken ct)
    {
        var result = await actions.RotateAsync(id, null, version, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ClientDetails(id, ct);
        }

        return SecretPage.Rotated(this, result.Value, Url.Action(nameof(ClientDetails), new { id })!);
    }

    [HttpGet("Clients/{id:int}/Revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct) => await RevokePageAsync(id, null, ct);

    [HttpPost("Clients/{id:int}/Revoke")]
    public async Task<IActionResult> Revoke(int id, RevokeForm form, [FromServices] ApiClientActions actions, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await actions.RevokeAsync(User, id, form, ct) : default;
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (!ModelState.IsValid || result.Failed)
        {
            if (result.Error is not null)
                ModelState.AddError(result.Error);
            return await RevokePageAsync(id, form, ct);
        }

        TempData["Flash"] = "The client is revoked: it gets no new token, and the tokens it holds are refused from their next call.";
        return RedirectToAction(nameof(ClientDetails), new { id });
    }

    private async Task<IActionResult> ReviewPageAsync(int id, DeclineForm form, CancellationToken ct)
    {
        if (await pages.RequestAsync(id, null, ct) is not { } details)
            return NotFound();
        ViewData["Decline"] = form;
        return View("Review", details);
    }

    private async Task<IActionResult> RevokePageAsync(int id, RevokeForm? form, CancellationToken ct)
    {
        if (await pages.ClientAsync(id, null, ct) is not { } details)
            return NotFound();
        ViewData["Revoke"] = form ?? new RevokeForm { Version = details.Version };
        return View("Revoke", details);
    }
}
