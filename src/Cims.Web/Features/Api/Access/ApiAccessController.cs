using Cims.Domain.ApiAccess;
using Cims.Domain.Identity;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Api.Access;

/// <summary>
/// The organisation administrator's API page: the organisation's requests for API access and its API clients, the
/// "Request API access" form, withdrawing a request that waits, a new secret for a client (shown once), and the way to
/// the webhooks. Another organisation's request or client is 404, on GET and POST alike.
/// </summary>
[Route("ApiAccess")]
[Authorize(Roles = Roles.OrganisationAdmin)]
public sealed class ApiAccessController(ApiAccessPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await pages.OrganisationAsync(User.OrganisationId(), ct));

    [HttpGet("Request")]
    public IActionResult CreateRequest() => View(new ApiAccessForm { Scopes = [ApiAccessScopes.IncidentsWrite, ApiAccessScopes.IncidentsRead, ApiAccessScopes.ReferenceRead] });

    [HttpPost("Request")]
    public async Task<IActionResult> CreateRequest(ApiAccessForm form, [FromServices] ApiAccessActions actions, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await actions.SubmitAsync(User, form, ct) : default;
        if (!ModelState.IsValid || result.Failed)
        {
            if (result.Error is not null)
                ModelState.AddError(result.Error);
            return View(form);
        }

        TempData["Flash"] = "Your request for API access was sent to the department. This page shows when it is decided.";
        return RedirectToAction(nameof(RequestDetails), new { id = result.Value });
    }

    [HttpGet("Requests/{id:int}")]
    public async Task<IActionResult> RequestDetails(int id, CancellationToken ct) =>
        await pages.RequestAsync(id, User.OrganisationId(), ct) is { } details ? View(details) : NotFound();

    [HttpPost("Requests/{id:int}/Withdraw")]
    public async Task<IActionResult> Withdraw(int id, Guid? version, [FromServices] ApiAccessActions actions, CancellationToken ct)
    {
        var result = await actions.WithdrawAsync(User, id, version, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await RequestDetails(id, ct);
        }

        TempData["Flash"] = "You withdrew the request.";
        return RedirectToAction(nameof(RequestDetails), new { id });
    }

    [HttpGet("Clients/{id:int}")]
    public async Task<IActionResult> ClientDetails(int id, CancellationToken ct) =>
        await pages.ClientAsync(id, User.OrganisationId(), ct) is { } details ? View("ClientDetails", details) : NotFound();

    /// <summary>The new secret is in this response only (no-store): reloading posts again and is refused as stale.</summary>
    [HttpPost("Clients/{id:int}/Rotate")]
    public async Task<IActionResult> Rotate(int id, Guid? version, [FromServices] ApiClientActions actions, CancellationToken ct)
    {
        var result = await actions.RotateAsync(id, User.OrganisationId(), version, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ClientDetails(id, ct);
        }

        return SecretPage.Rotated(this, result.Value, Url.Action(nameof(ClientDetails), new { id })!);
    }
}

/// <summary>The page that shows a client's secret, once: in the response to the POST that made it, never cached.</summary>
public sealed record SecretPage(string Title, string Lead, string SystemName, string ClientId, string Secret, DateTimeOffset? PreviousAcceptedUntil, string Next)
{
    public static ViewResult Approved(Controller controller, ApprovedAccess approved, string next) => Show(controller, new SecretPage(
        "Request approved: API client made", "The request was approved and its API client made.", approved.SystemName, approved.ClientId, approved.Secret, null, next));

    public static ViewResult Rotated(Controller controller, RotatedSecret rotated, string next) => Show(controller, new SecretPage(
        "New client secret", "The client has a new secret.", rotated.Name, rotated.ClientId, rotated.Secret, rotated.PreviousAcceptedUntil, next));

    private static ViewResult Show(Controller controller, SecretPage page)
    {
        controller.Response.Headers.CacheControl = "no-cache, no-store"; // as antiforgery sets it for a page with a form
        controller.Response.Headers.Pragma = "no-cache";
        return controller.View("Secret", page);
    }
}
