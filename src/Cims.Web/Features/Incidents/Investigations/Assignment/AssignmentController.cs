using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>The delegate assigns an incident's investigation, and reassigns an open one.</summary>
public sealed class AssignmentController(GetAssignPage pages) : Controller
{
    [HttpGet("/Incidents/{id:int}/Investigation/Assign")]
    public async Task<IActionResult> Assign(int id, CancellationToken ct) =>
        Show(await pages.ForIncidentAsync(id, User, null, ct));

    [HttpPost("/Incidents/{id:int}/Investigation/Assign")]
    public async Task<IActionResult> Assign(int id, AssignForm form, [FromServices] AssignInvestigator use, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(pages.ForIncidentAsync(id, User, form, ct), null);
        var result = await use.RunAsync(id, form, User, ct);
        if (result.Error == InvestigationErrors.AlreadyAssigned)
        {
            TempData["Flash"] = result.Error.Message;
            return Redirect($"/Incidents/{id}");
        }

        if (result.Failed)
            return result.Error.IsNotFound ? NotFound() : await ShowAsync(pages.ForIncidentAsync(id, User, form, ct), result.Error);
        TempData["Flash"] = "The investigation was assigned, and the assignee was told by e-mail.";
        return Redirect($"/Investigations/{result.Value}");
    }

    [HttpGet("/Investigations/{id:int}/Reassign")]
    public async Task<IActionResult> Reassign(int id, CancellationToken ct) =>
        Show(await pages.ForInvestigationAsync(id, User, null, ct));

    [HttpPost("/Investigations/{id:int}/Reassign")]
    public async Task<IActionResult> Reassign(int id, AssignForm form, [FromServices] ReassignInvestigator use, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(pages.ForInvestigationAsync(id, User, form, ct), null);
        var result = await use.RunAsync(id, form, User, ct);
        if (result.Failed)
            return result.Error.IsNotFound ? NotFound() : await ShowAsync(pages.ForInvestigationAsync(id, User, form, ct), result.Error);
        TempData["Flash"] = "The investigation was reassigned, and the new assignee was told by e-mail.";
        return Redirect($"/Investigations/{id}");
    }

    /// <summary>The page again with the typed values and the message; a page the user may no longer change is not found.</summary>
    private async Task<IActionResult> ShowAsync(Task<AssignPage?> loading, Error? error)
    {
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove(nameof(AssignForm.Version));
        return Show(await loading);
    }

    private IActionResult Show(AssignPage? page)
    {
        if (page is null)
            return NotFound();
        ViewData[nameof(AssignPage)] = page;
        return View("Assign", page.Form);
    }
}
