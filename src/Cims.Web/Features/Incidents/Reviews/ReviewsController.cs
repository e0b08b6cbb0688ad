using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>The list of reviews, a review's page, and the steps on it: submitting, approval, the department's decision.</summary>
[Route("Reviews")]
public sealed class ReviewsController(GetReviewPage pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, [FromServices] ListReviews list, CancellationToken ct) =>
        View(await list.RunAsync(User, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await ShowAsync(id, null, null, ct);

    [HttpPost("{id:int}/Submit")]
    public async Task<IActionResult> Submit(int id, OutcomeDecisionForm form, [FromServices] ReviewSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.SubmitAsync(id, form, User, ct), null, "The review was submitted for approval.", ct);

    [HttpPost("{id:int}/Approve")]
    public async Task<IActionResult> Approve(int id, OutcomeDecisionForm form, [FromServices] ReviewSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.ApproveAsync(id, form, User, ct), form, "The review was approved.", ct);

    [HttpPost("{id:int}/Return")]
    public async Task<IActionResult> Return(int id, OutcomeDecisionForm form, [FromServices] ReviewSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.ReturnAsync(id, form, User, ct), form, "The review was returned to the manager with your reason.", ct);

    [HttpPost("{id:int}/Accept")]
    public async Task<IActionResult> Accept(int id, OutcomeDecisionForm form, [FromServices] ReviewSteps steps, CancellationToken ct) =>
        await DoneAsync(id, await steps.AcceptAsync(id, form, User, ct), form, "The review was accepted.", ct);

    [HttpPost("{id:int}/SendBack")]
    public async Task<IActionResult> SendBack(int id, SendBackForm form, [FromServices] ReviewSteps steps, CancellationToken ct) =>
        !ModelState.IsValid
            ? await ShowAsync(id, form, null, ct)
            : await DoneAsync(id, await steps.SendBackAsync(id, form, User, ct), form, "The review was returned for more work with the new due date.", ct);

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
        ModelState.Remove(nameof(OutcomeDecisionForm.Version));
        return await pages.RunAsync(id, User, ct, typed) is { } page ? View("Details", page) : NotFound();
    }
}
