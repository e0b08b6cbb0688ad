using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Incidents.Investigations.Plan;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>The list of investigations, an investigation's page, and the decisions on it: the plan, the outcome's approval, the department's review.</summary>
[Route("Investigations")]
public sealed class InvestigationsController(GetInvestigationPage pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, [FromServices] ListInvestigations list, CancellationToken ct) =>
        View(await list.RunAsync(User, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await ShowAsync(id, null, null, ct);

    [HttpPost("{id:int}/Plan/Endorse")]
    public async Task<IActionResult> Endorse(int id, EndorsePlanForm form, [FromServices] DecidePlan decide, CancellationToken ct) =>
        await DoneAsync(id, await decide.EndorseAsync(id, form, User, ct), null, "The plan was endorsed: the investigation is in progress.", ct);

    [HttpPost("{id:int}/Plan/Return")]
    public async Task<IActionResult> Return(int id, ReturnPlanForm form, [FromServices] DecidePlan decide, CancellationToken ct) =>
        !ModelState.IsValid
            ? await ShowAsync(id, form, null, ct)
            : await DoneAsync(id, await decide.ReturnAsync(id, form, User, ct), form, "The plan was returned to the manager with your reason.", ct);

    [HttpPost("{id:int}/Outcome/Approve")]
    public async Task<IActionResult> Approve(int id, OutcomeDecisionForm form, [FromServices] OutcomeSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.ApproveAsync(id, form, User, ct), form, "The outcome was approved and submitted to the department.", ct);

    [HttpPost("{id:int}/Outcome/Return")]
    public async Task<IActionResult> ReturnOutcome(int id, OutcomeDecisionForm form, [FromServices] OutcomeSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.ReturnAsync(id, form, User, ct), form, "The outcome was returned to the manager with your reason.", ct);

    [HttpPost("{id:int}/Outcome/Accept")]
    public async Task<IActionResult> Accept(int id, OutcomeDecisionForm form, [FromServices] OutcomeSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.AcceptAsync(id, form, User, ct), form, "The outcome was accepted.", ct);

    [HttpPost("{id:int}/Outcome/SendBack")]
    public async Task<IActionResult> SendBack(int id, SendBackForm form, [FromServices] OutcomeSteps steps, CancellationToken ct) =>
        !ModelState.IsValid
            ? await ShowAsync(id, form, null, ct)
            : await DoneAsync(id, await steps.SendBackAsync(id, form, User, ct), form, "The outcome was returned for more work with the new due date.", ct);

    private async Task<IActionResult> DoneAsync(int id, Result result, object? typed, string flash, CancellationToken ct)
    {
        if (result.Error is { } error)
            return error.IsNotFound ? NotFound() : await ShowAsync(id, typed, error, ct);
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ShowAsync(int id, object? typed, Error? error, CancellationToken ct)
    {
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove(nameof(ReturnPlanForm.Version));
        return await pages.RunAsync(id, User, ct, typed) is { } page ? View("Details", page) : NotFound();
    }
}
