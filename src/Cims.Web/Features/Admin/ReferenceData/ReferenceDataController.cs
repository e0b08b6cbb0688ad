using Cims.Domain.Common;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.ReferenceData;

[Authorize(Policy = Policies.CimsAdministrator)]
[Route("ReferenceData")]
public sealed class ReferenceDataController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(ReferenceList.All);

    [HttpGet("{list}")]
    public async Task<IActionResult> List(string list, [FromServices] GetReferenceList query, CancellationToken ct) =>
        ReferenceList.Find(list) is { } found ? View(await query.RunAsync(found, ct)) : NotFound();

    [HttpGet("{list}/{id:int}/Edit")]
    public async Task<IActionResult> Edit(string list, int id, [FromServices] GetReferenceItemPage pages, CancellationToken ct)
    {
        var page = ReferenceList.Find(list) is { } found ? await pages.ForEditAsync(found, id, ct) : null;
        return page is null ? NotFound() : FormView(page, page.Saved);
    }

    [HttpPost("{list}/{id:int}/Edit")]
    public async Task<IActionResult> Edit(
        string list, int id, ReferenceItemForm form, [FromServices] GetReferenceItemPage pages,
        [FromServices] UpdateReferenceItem update, CancellationToken ct)
    {
        var page = ReferenceList.Find(list) is { } found ? await pages.ForEditAsync(found, id, ct) : null;
        if (page is null)
            return NotFound();
        var result = ModelState.IsValid ? await update.RunAsync(page.List, id, form, ct) : Result.Ok();
        if (ModelState.IsValid && !result.Failed)
            return Saved(page.List, $"Saved “{form.Name!.Trim()}”.");
        return result.Failed ? Failed(page, form, result.Error) : FormView(page, form);
    }

    [HttpGet("{list}/Add")]
    public async Task<IActionResult> Add(string list, [FromServices] GetReferenceItemPage pages, CancellationToken ct)
    {
        if (ReferenceList.Find(list) is not { } found)
            return NotFound();
        var page = await pages.ForAddAsync(found, ct);
        return FormView(page, page.Saved);
    }

    [HttpPost("{list}/Add")]
    public async Task<IActionResult> Add(
        string list, ReferenceItemForm form, [FromServices] GetReferenceItemPage pages,
        [FromServices] AddReferenceItem add, CancellationToken ct)
    {
        if (ReferenceList.Find(list) is not { } found)
            return NotFound();
        if (ModelState.IsValid)
        {
            var result = await add.RunAsync(found, form, ct);
            if (!result.Failed)
                return Saved(found, $"Added “{form.Name!.Trim()}”.");
            ModelState.AddModelError(result.Error.Field ?? string.Empty, result.Error.Message);
        }

        return FormView(await pages.ForAddAsync(found, ct), form);
    }

    private RedirectToActionResult Saved(ReferenceList list, string message)
    {
        TempData["Flash"] = message;
        return RedirectToAction(nameof(List), new { list = list.Slug });
    }

    private ViewResult FormView(ReferenceItemPage page, ReferenceItemForm form)
    {
        ViewData["Page"] = page;
        return View("Edit", form);
    }

    /// <summary>Shows a use-case error; after a conflict the form keeps what was typed but takes the saved version.</summary>
    private ViewResult Failed(ReferenceItemPage page, ReferenceItemForm form, Error error)
    {
        ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
        if (error != ReferenceDataErrors.Concurrency)
            return FormView(page, form);
        ModelState.Remove(nameof(ReferenceItemForm.Version));
        ViewData["Conflict"] = true;
        return FormView(page, form with { Version = page.Saved.Version });
    }
}
