using Cims.Domain.Common;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations.Work;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>An RCA review's lists: the timeline of events, the root causes and the contributing factors (a case review has none of them: 404).</summary>
[Route("Reviews/{id:int}")]
public sealed class RcaListsController(GetReviewPage pages, ChangeReview change) : ContentControllerBase(pages)
{
    [HttpGet("Timeline")]
    public Task<IActionResult> Timeline(int id, CancellationToken ct) => TimelineAsync(id, null, null, ct);

    [HttpPost("Timeline")]
    public async Task<IActionResult> Timeline(int id, TimelineForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await TimelineAsync(id, form, null, ct)
        : await DoneAsync(await change.AddTimelineEntryAsync(id, form, User, ct), "The event was added to the timeline.", $"/Reviews/{id}/Timeline", e => TimelineAsync(id, form, e, ct));

    [HttpPost("Timeline/{number:int}/Remove")]
    public async Task<IActionResult> RemoveTimelineEntry(int id, int number, RemoveForm form, CancellationToken ct) =>
        await DoneAsync(await change.RemoveTimelineEntryAsync(id, number, form, User, ct), $"Event {number} was removed from the timeline.", $"/Reviews/{id}/Timeline", e => TimelineAsync(id, null, e, ct));

    [HttpGet("RootCauses")]
    public Task<IActionResult> RootCauses(int id, CancellationToken ct) => RootCausesAsync(id, null, null, ct);

    [HttpPost("RootCauses")]
    public async Task<IActionResult> RootCauses(int id, RootCauseForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await RootCausesAsync(id, form, null, ct)
        : await DoneAsync(await change.AddRootCauseAsync(id, form, User, ct), "The root cause was added.", $"/Reviews/{id}/RootCauses", e => RootCausesAsync(id, form, e, ct));

    [HttpPost("RootCauses/{number:int}/Remove")]
    public async Task<IActionResult> RemoveRootCause(int id, int number, RemoveForm form, CancellationToken ct) =>
        await DoneAsync(await change.RemoveRootCauseAsync(id, number, form, User, ct), $"Root cause {number} was removed.", $"/Reviews/{id}/RootCauses", e => RootCausesAsync(id, null, e, ct));

    [HttpGet("Factors")]
    public Task<IActionResult> Factors(int id, CancellationToken ct) => FactorsAsync(id, null, null, ct);

    [HttpPost("Factors")]
    public async Task<IActionResult> Factors(int id, FactorsForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await FactorsAsync(id, form, null, ct)
        : await DoneAsync(await change.SetFactorsAsync(id, form, User, ct), "The contributing factors were saved.", $"/Reviews/{id}", e => FactorsAsync(id, form, e, ct));

    private Task<IActionResult> TimelineAsync(int id, TimelineForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Timeline", page => (typed ?? new TimelineForm()) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct, ReviewKind.RcaReview);

    private Task<IActionResult> RootCausesAsync(int id, RootCauseForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "RootCauses", page => (typed ?? new RootCauseForm()) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct, ReviewKind.RcaReview);

    private Task<IActionResult> FactorsAsync(int id, FactorsForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Factors", page => (typed ?? new FactorsForm { Codes = [.. page.Review.ContributingFactors], Other = page.Review.OtherContributingFactors })
            with
        { Version = VersionAfter(error, typed?.Version, page) }, error, ct, ReviewKind.RcaReview);
}
