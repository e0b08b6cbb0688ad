using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report.Steps;

/// <summary>The single-form steps of the report: each a GET/POST pair at /Incidents/Report/{id}/{Step}.</summary>
[Route("Incidents/Report/{id:int}")]
public sealed class ReportStepsController(DraftStore drafts) : ReportControllerBase(drafts)
{
    [HttpGet("Service")]
    public Task<IActionResult> Service(int id, [FromServices] ServiceStep page, CancellationToken ct) => StepGetAsync(id, page, ct);

    [HttpPost("Service")]
    public Task<IActionResult> Service(int id, ServiceForm form, [FromServices] ServiceStep page, CancellationToken ct) => StepPostAsync(id, form, page, ct);

    [HttpGet("Officer")]
    public Task<IActionResult> Officer(int id, [FromServices] OfficerStep page, CancellationToken ct) => StepGetAsync(id, page, ct);

    [HttpPost("Officer")]
    public Task<IActionResult> Officer(int id, OfficerForm form, [FromServices] OfficerStep page, CancellationToken ct) => StepPostAsync(id, form, page, ct);

    [HttpGet("Dates")]
    public Task<IActionResult> Dates(int id, [FromServices] DatesStep page, CancellationToken ct) => StepGetAsync(id, page, ct);

    [HttpPost("Dates")]
    public Task<IActionResult> Dates(int id, DatesForm form, [FromServices] DatesStep page, CancellationToken ct) => StepPostAsync(id, form, page, ct);

    [HttpGet("Description")]
    public Task<IActionResult> Description(int id, [FromServices] DescriptionStep page, CancellationToken ct) => StepGetAsync(id, page, ct);

    [HttpPost("Description")]
    public Task<IActionResult> Description(int id, DescriptionForm form, [FromServices] DescriptionStep page, CancellationToken ct) => StepPostAsync(id, form, page, ct);

    [HttpGet("Actions")]
    public Task<IActionResult> Actions(int id, [FromServices] ActionsStep page, CancellationToken ct) => StepGetAsync(id, page, ct);

    [HttpPost("Actions")]
    public Task<IActionResult> Actions(int id, ActionsForm form, [FromServices] ActionsStep page, CancellationToken ct) => StepPostAsync(id, form, page, ct);
}
