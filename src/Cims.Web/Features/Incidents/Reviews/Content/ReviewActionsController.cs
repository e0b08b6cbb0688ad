using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>The action plan (case review) or response plan (RCA review): actions added while the review is in progress, tracked to completion after.</summary>
[Route("Reviews/{id:int}/Actions")]
public sealed class ReviewActionsController(GetReviewPage pages, ChangeReview change) : ContentControllerBase(pages)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, CancellationToken ct) => ListAsync(id, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Index(int id, ActionForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await ListAsync(id, form, null, ct)
        : await DoneAsync(await change.AddActionAsync(id, form, User, ct), "The action was added.", $"/Reviews/{id}/Actions", e => ListAsync(id, form, e, ct));

    [HttpGet("{number:int}")]
    public Task<IActionResult> Track(int id, int number, CancellationToken ct) => TrackAsync(id, number, null, null, ct);

    [HttpPost("{number:int}")]
    public async Task<IActionResult> Track(int id, int number, TrackActionForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await TrackAsync(id, number, form, null, ct)
        : await DoneAsync(await change.TrackActionAsync(id, number, form, User, ct), $"Action {number} was updated.", $"/Reviews/{id}", e => TrackAsync(id, number, form, e, ct));

    private Task<IActionResult> ListAsync(int id, ActionForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Actions", page => (typed ?? new ActionForm()) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct);

    private Task<IActionResult> TrackAsync(int id, int number, TrackActionForm? typed, Error? error, CancellationToken ct)
    {
        ViewData["Number"] = number;
        return ShowAsync(id, "Track", page => page.Review.Actions.SingleOrDefault(a => a.Number == number) is { } a
            ? (typed ?? new TrackActionForm { Status = a.Status, Note = a.StatusNote }) with { Version = VersionAfter(error, typed?.Version, page) }
            : null, error, ct, tracking: true);
    }
}
