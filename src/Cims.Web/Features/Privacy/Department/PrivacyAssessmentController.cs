using Cims.Domain.Common;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>
/// The privacy officer's actions on a report (department staff only): each posts the report's version, runs one
/// use case and returns to the report; on an error shows the report again with the message and what was typed.
/// </summary>
[Authorize(Policy = Policies.Department)]
[DepartmentStaffOnly]
[Route("Department/Privacy/{id:int}")]
public sealed class PrivacyAssessmentController(AssessPrivacyReport assess, GetPrivacyReportPage pages) : Controller
{
    [HttpPost("Assign")]
    public Task<IActionResult> Assign(int id, AssignForm form, CancellationToken ct) =>
        ActAsync(id, () => assess.AssignAsync(id, form, User, ct), f => f with { Assign = form }, ct);

    [HttpPost("Note")]
    public Task<IActionResult> Note(int id, NoteForm form, CancellationToken ct) =>
        ActAsync(id, () => assess.AddNoteAsync(id, form, User, ct), f => f with { Note = form }, ct);

    [HttpPost("Close")]
    public Task<IActionResult> Close(int id, CloseForm form, CancellationToken ct) =>
        ActAsync(id, () => assess.CloseAsync(id, form, User, ct), f => f with { Close = form }, ct);

    [HttpPost("Reopen")]
    public Task<IActionResult> Reopen(int id, ReopenForm form, CancellationToken ct) =>
        ActAsync(id, () => assess.ReopenAsync(id, form, User, ct), f => f with { Reopen = form }, ct);

    [HttpPost("Link")]
    public Task<IActionResult> Link(int id, LinkForm form, CancellationToken ct) =>
        ActAsync(id, () => assess.LinkAsync(id, form, User, ct), f => f with { Link = form }, ct);

    [HttpPost("ClientIncident")]
    public Task<IActionResult> ClientIncident(int id, AskForIncidentForm form, [FromServices] AskForClientIncident ask, CancellationToken ct) =>
        ActAsync(id, () => ask.RunAsync(id, form, User, $"{Request.Scheme}://{Request.Host}{Request.PathBase}/Incidents/Report/Start", ct), f => f, ct);

    /// <summary>Runs a valid form; then back to the report with the message, else the report again with the errors.</summary>
    private async Task<IActionResult> ActAsync(int id, Func<Task<Result<string>>> run, Func<PrivacyForms, PrivacyForms> typed, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await run() : default;
        if (ModelState.IsValid && !result.Failed)
        {
            TempData["Flash"] = result.Value;
            return Redirect($"/Department/Privacy/{id}");
        }

        if (result.Error is { } error)
            ModelState.AddError(error);
        if (result.Error is { IsNotFound: true } || await pages.RunAsync(id, User, recordView: false, ct) is not { } page)
            return NotFound();
        return View("Details", new PrivacyDetailsView(page, typed(new PrivacyForms())));
    }
}
