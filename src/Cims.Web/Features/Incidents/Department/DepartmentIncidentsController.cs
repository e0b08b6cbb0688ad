using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>The department's view of incoming incidents, and E1 screening of major-impact incidents.</summary>
[Authorize(Policy = Policies.Department)]
[Route("Department/Incidents")]
public sealed class DepartmentIncidentsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DepartmentFilters filters, [FromServices] ListDepartmentIncidents list, CancellationToken ct) =>
        View(await list.RunAsync(filters, ModelState.IsValid, User, ct));

    [HttpGet("{id:int}/Screen")]
    [Authorize(Roles = Roles.DepartmentStaff)]
    public async Task<IActionResult> Screen(int id, [FromServices] GetScreening query, CancellationToken ct) =>
        await query.RunAsync(id, User, recordView: true, ct) is { } page ? ScreenView(page, new ScreeningForm { Version = page.Version }) : NotFound();

    [HttpPost("{id:int}/Screen")]
    [Authorize(Roles = Roles.DepartmentStaff)]
    public async Task<IActionResult> Screen(
        int id, ScreeningForm form, [FromServices] ScreenIncident screen, [FromServices] GetScreening query, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await screen.RunAsync(id, form, User, ct) : default;
        if (ModelState.IsValid && !result.Failed)
        {
            TempData["Flash"] = result.Value;
            return RedirectToAction(nameof(Index));
        }

        if (result.Error is { IsNotFound: true } || await query.RunAsync(id, User, recordView: false, ct) is not { } page)
            return NotFound();
        return ScreenView(page, WithError(form, result.Error, page));
    }

    private ViewResult ScreenView(ScreeningPage page, ScreeningForm form)
    {
        ViewData["Screening"] = page;
        return View("Screen", form);
    }

    /// <summary>Shows the error; after a conflict keeps what was typed and takes the saved version so a second save applies.</summary>
    private ScreeningForm WithError(ScreeningForm form, Cims.Domain.Common.Error? error, ScreeningPage page)
    {
        if (error is null)
            return form;
        ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
        if (error != IncidentErrors.Concurrency)
            return form;
        ModelState.Remove(nameof(ScreeningForm.Version));
        return form with { Version = page.Version };
    }
}
