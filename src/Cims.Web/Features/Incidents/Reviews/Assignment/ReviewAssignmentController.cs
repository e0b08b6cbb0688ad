using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Investigations.Assignment;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Assignment;

/// <summary>The delegate assigns an incident's case review or RCA review, and reassigns an open one.</summary>
public sealed class ReviewAssignmentController(ReviewAssignPages pages) : Controller
{
    private const string AssignView = "/Features/Incidents/Investigations/Assignment/Assign.cshtml";

    [HttpGet("/Incidents/{id:int}/Review/Assign")]
    public async Task<IActionResult> Assign(int id, CancellationToken ct) =>
        Show(await pages.ForIncidentAsync(id, User, null, ct));

    [HttpPost("/Incidents/{id:int}/Review/Assign")]
    public async Task<IActionResult> Assign(int id, AssignForm form, [FromServices] AssignReviewer use, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(pages.ForIncidentAsync(id, User, form, ct), null);
        var result = await use.RunAsync(id, form, User, ct);
        if (result.Error == ReviewStepErrors.AlreadyAssigned)
        {
            TempData["Flash"] = result.Error.Message;
            return Redirect($"/Incidents/{id}");
        }

        if (result.Failed)
            return result.Error.IsNotFound ? NotFound() : await ShowAsync(pages.ForIncidentAsync(id, User, form, ct), result.Error);
        TempData["Flash"] = "The review was assigned, and the assignee was told by e-mail.";
        return Redirect($"/Reviews/{result.Value}");
    }

    [HttpGet("/Reviews/{id:int}/Reassign")]
    public async Task<IActionResult> Reassign(int id, CancellationToken ct) =>
        Show(await pages.ForReviewAsync(id, User, null, ct));

    [HttpPost("/Reviews/{id:int}/Reassign")]
    public async Task<IActionResult> Reassign(int id, AssignForm form, [FromServices] ReassignReviewer use, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(pages.ForReviewAsync(id, User, form, ct), null);
        var result = await use.RunAsync(id, form, User, ct);
        if (result.Failed)
            return result.Error.IsNotFound ? NotFound() : await ShowAsync(pages.ForReviewAsync(id, User, form, ct), result.Error);
        TempData["Flash"] = "The review was reassigned, and the new assignee was told by e-mail.";
        return Redirect($"/Reviews/{id}");
    }

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
        return View(AssignView, page.Form);
    }
}
