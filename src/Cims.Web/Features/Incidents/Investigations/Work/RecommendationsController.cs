using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>The investigation's recommendations: added while it is in progress, tracked to completion after.</summary>
[Route("Investigations/{id:int}/Recommendations")]
public sealed class RecommendationsController(GetInvestigationPage pages, ChangeWork work) : WorkControllerBase(pages)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, CancellationToken ct) => ListAsync(id, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Index(int id, RecommendationForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await ListAsync(id, form, null, ct)
        : await DoneAsync(await work.RecommendAsync(id, form, User, ct), "The recommendation was added.", $"/Investigations/{id}/Recommendations", e => ListAsync(id, form, e, ct));

    [HttpGet("{number:int}")]
    public Task<IActionResult> Track(int id, int number, CancellationToken ct) => TrackAsync(id, number, null, null, ct);

    [HttpPost("{number:int}")]
    public async Task<IActionResult> Track(int id, int number, TrackForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await TrackAsync(id, number, form, null, ct)
        : await DoneAsync(await work.TrackAsync(id, number, form, User, ct), $"Recommendation {number} was updated.", $"/Investigations/{id}", e => TrackAsync(id, number, form, e, ct));

    private Task<IActionResult> ListAsync(int id, RecommendationForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Recommendations", page => (typed ?? new RecommendationForm()) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct);

    private Task<IActionResult> TrackAsync(int id, int number, TrackForm? typed, Error? error, CancellationToken ct)
    {
        ViewData["Number"] = number;
        return ShowAsync(id, "Track", page => page.Investigation.Recommendations.SingleOrDefault(r => r.Number == number) is { } r
            ? (typed ?? new TrackForm { Status = r.Status, Note = r.StatusNote }) with { Version = VersionAfter(error, typed?.Version, page) }
            : null, error, ct, tracking: true);
    }
}
