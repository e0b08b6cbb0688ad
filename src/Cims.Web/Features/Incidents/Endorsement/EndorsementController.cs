using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>The authorised delegate's queue, review page and the return, amend and endorse actions.</summary>
[Authorize(Roles = Roles.AuthorisedDelegate)]
[Route("Endorsement")]
public sealed class EndorsementController(GetReviewPage review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] GetEndorsementQueue queue, CancellationToken ct) =>
        View(await queue.RunAsync(User, ct));

    [HttpGet("Batch")]
    public async Task<IActionResult> Batch([FromServices] GetNextBatch batch, CancellationToken ct) =>
        View(await batch.RunAsync(User, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) => await ShowAsync(id, null, null, ct);

    [HttpPost("{id:int}/Return")]
    public async Task<IActionResult> Return(int id, ReturnForm form, [FromServices] ReturnIncident use, CancellationToken ct) =>
        !ModelState.IsValid
            ? await ShowAsync(id, new ReviewForms(Return: form), null, ct)
            : await DoneAsync(id, await use.RunAsync(id, form, User, ct), new ReviewForms(Return: form),
                "The report was returned to the reporter with your reason.", ct);

    [HttpPost("{id:int}/Amend")]
    public async Task<IActionResult> Amend(int id, AmendForm form, [FromServices] AmendIncident use, CancellationToken ct) =>
        !ModelState.IsValid
            ? await ShowAsync(id, new ReviewForms(Amend: form), null, ct)
            : await DoneAsync(id, await use.RunAsync(id, form, User, ct), new ReviewForms(Amend: form),
                "Your amendments were saved and recorded. Review the report and endorse it when ready.", ct, stay: true);

    [HttpPost("{id:int}/Endorse")]
    public async Task<IActionResult> Endorse(int id, EndorseForm form, [FromServices] EndorseIncident use, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(id, new ReviewForms(Endorse: form), null, ct);
        var result = await use.RunAsync(id, form, User, ct);
        if (result.Failed)
            return await DoneAsync(id, result.Error, new ReviewForms(Endorse: form), "", ct);
        TempData["Flash"] = result.Value.Number is { } number
            ? $"Endorsed and submitted to the department. The incident number is {number}."
            : "Endorsed. This non-major incident will be submitted in the monthly batch, and numbered then.";
        return Redirect($"/Incidents/{id}");
    }

    private async Task<IActionResult> DoneAsync(int id, Result result, ReviewForms? typed, string flash, CancellationToken ct, bool stay = false)
    {
        if (result.Error is { } error)
            return error.IsNotFound ? NotFound() : await ShowAsync(id, typed, error, ct);
        TempData["Flash"] = flash;
        return stay ? RedirectToAction(nameof(Review), new { id }) : Redirect($"/Incidents/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, ReviewForms? typed, Error? error, CancellationToken ct)
    {
        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove("Version");
        return await review.RunAsync(id, User, typed, ct) is { } page ? View("Review", page) : NotFound();
    }
}
