using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Api.Webhooks.Pages;

/// <summary>
/// The organisation administrator's webhooks: the list, add, edit, pause and resume, delete, roll the secret, a test
/// event, and each webhook's delivery log with "send again" for a failed event. Another organisation's webhook is 404.
/// </summary>
[Route("Webhooks")]
[Authorize(Roles = Roles.OrganisationAdmin)]
public sealed class WebhooksController(WebhookPages pages, WebhookActions actions) : Controller
{
    public const string SecretKey = "WebhookSecret";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await pages.ListAsync(User, ct));

    [HttpGet("Create")]
    public IActionResult Create() => View(new WebhookForm { Events = [.. WebhookEventTypes.Offered.Select(o => o.Type)] });

    [HttpPost("Create")]
    public async Task<IActionResult> Create(WebhookForm form, [FromServices] CreateWebhook create, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await create.RunAsync(User, form, ct) : default;
        if (!ModelState.IsValid || result.Failed)
            return Redisplay(form, result.Error);
        TempData[SecretKey] = result.Value.Secret;
        TempData["Flash"] = "Webhook added. Copy its signing secret now: it is not shown again.";
        return RedirectToAction(nameof(Details), new { id = result.Value.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int? page, CancellationToken ct)
    {
        if (await pages.DetailsAsync(User, id, page, ct) is not { } details)
            return NotFound();
        if (TempData[SecretKey] is string secret)
        {
            ViewData[SecretKey] = secret;
            Response.Headers.CacheControl = "no-store";
        }

        return View("Details", details);
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await pages.FormAsync(User, id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, WebhookForm form, [FromServices] EditWebhook edit, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await edit.RunAsync(User, id, form, ct) : default;
        if (result.Error is { IsNotFound: true } || await pages.VersionAsync(User, id, ct) is not { } current)
            return NotFound();
        if (ModelState.IsValid && !result.Failed)
            return Done(id, "Your changes to the webhook were saved.");
        return Redisplay(result.Error == WebhookErrors.Concurrency ? form with { Version = current } : form, result.Error);
    }

    [HttpPost("{id:int}/Pause")]
    public async Task<IActionResult> Pause(int id, Guid? version, CancellationToken ct) =>
        await AfterAsync(id, await actions.PauseAsync(User, id, version, ct), "The webhook is paused: no events are sent to it until you resume it.", ct);

    [HttpPost("{id:int}/Resume")]
    public async Task<IActionResult> Resume(int id, Guid? version, CancellationToken ct) =>
        await AfterAsync(id, await actions.ResumeAsync(User, id, version, ct), "The webhook is running again.", ct);

    [HttpPost("{id:int}/Ping")]
    public async Task<IActionResult> Ping(int id, Guid? version, CancellationToken ct) =>
        await AfterAsync(id, await actions.PingAsync(User, id, version, ct), "A test event (ping) is on its way; it shows in the delivery log below.", ct);

    [HttpPost("{id:int}/RollSecret")]
    public async Task<IActionResult> RollSecret(int id, Guid? version, CancellationToken ct)
    {
        var result = await actions.RollSecretAsync(User, id, version, ct);
        if (!result.Failed)
            TempData[SecretKey] = result.Value;
        return await AfterAsync(id, result.Failed ? result.Error : Result.Ok(), "New signing secret made. Copy it now: it is not shown again. The previous one also signs for a day.", ct);
    }

    [HttpPost("{id:int}/Deliveries/{messageId:long}/Redeliver")]
    public async Task<IActionResult> Redeliver(int id, long messageId, CancellationToken ct) =>
        await AfterAsync(id, await actions.RedeliverAsync(User, id, messageId, ct), "The event will be sent again, with the same event id.", ct);

    [HttpGet("{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct) =>
        await pages.DetailsAsync(User, id, 1, ct) is { } details ? View(details) : NotFound();

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, Guid? version, CancellationToken ct)
    {
        var result = await actions.DeleteAsync(User, id, version, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
            return await AfterAsync(id, result, "", ct);
        TempData["Flash"] = "The webhook was deleted, with its delivery log.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>POST-Redirect-GET after a button; an expected failure shows on the webhook's page.</summary>
    private async Task<IActionResult> AfterAsync(int id, Result result, string flash, CancellationToken ct)
    {
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (!result.Failed)
            return Done(id, flash);
        ModelState.AddError(result.Error);
        return await Details(id, null, ct);
    }

    private RedirectToActionResult Done(int id, string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(Details), new { id });
    }

    private ViewResult Redisplay(WebhookForm form, Error? error)
    {
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove(nameof(WebhookForm.Version));
        return View(form);
    }
}
