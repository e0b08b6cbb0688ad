using Cims.Domain.Organisations;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Organisations;

[Authorize(Policy = Policies.CimsAdministrator)]
public sealed class OrganisationsController(GetOrganisation get, LoadOrganisationChoices choices) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(OrganisationSearch filters, [FromServices] ListOrganisations list, CancellationToken ct) =>
        View(await list.RunAsync(filters, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await get.DetailsAsync(id, ct) is { } details ? View(details) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new OrganisationForm { Kind = OrganisationKind.FundedAgency, Choices = await choices.RunAsync(ct) });

    [HttpPost]
    public async Task<IActionResult> Create(OrganisationForm form, [FromServices] CreateOrganisation create, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await RedisplayAsync(form, ct);
        var result = await create.RunAsync(form, ct);
        if (result.Failed)
            return await RedisplayAsync(form, ct, result.Error);
        TempData["Flash"] = $"Organisation \"{form.Name!.Trim()}\" created.";
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await get.FormAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, OrganisationForm form, [FromServices] EditOrganisation edit, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await RedisplayAsync(form, ct);
        var result = await edit.RunAsync(id, form, ct);
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (result.Error == OrganisationErrors.Concurrency)
            return await RedisplayAsync(form with { Version = await get.VersionAsync(id, ct) }, ct, result.Error);
        if (result.Failed)
            return await RedisplayAsync(form, ct, result.Error);
        TempData["Flash"] = "Your changes to the organisation were saved.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Deactivate(int id, CancellationToken ct) => await Details(id, ct);

    [HttpPost]
    public async Task<IActionResult> Deactivate(int id, [FromServices] DeactivateOrganisation deactivate, CancellationToken ct) =>
        await StatusChangedAsync(id, await deactivate.RunAsync(id, ct), "The organisation was deactivated.", ct);

    [HttpGet]
    public async Task<IActionResult> Reactivate(int id, CancellationToken ct) => await Details(id, ct);

    [HttpPost]
    public async Task<IActionResult> Reactivate(int id, [FromServices] ReactivateOrganisation reactivate, CancellationToken ct) =>
        await StatusChangedAsync(id, await reactivate.RunAsync(id, ct), "The organisation was reactivated.", ct);

    private async Task<IActionResult> StatusChangedAsync(int id, Domain.Common.Result result, string flash, CancellationToken ct)
    {
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await Details(id, ct);
        }

        TempData["Flash"] = flash;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> RedisplayAsync(OrganisationForm form, CancellationToken ct, Domain.Common.Error? error = null)
    {
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove(nameof(OrganisationForm.Version));
        return View(form with { Choices = await choices.RunAsync(ct) });
    }
}
