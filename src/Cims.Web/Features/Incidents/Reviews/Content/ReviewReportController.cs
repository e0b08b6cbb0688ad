using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>The review manager writes the report's sections (a case review's or an RCA review's) and saves them as they stand.</summary>
[Route("Reviews/{id:int}/Report")]
public sealed class ReviewReportController(GetReviewPage pages, ChangeReview change) : ContentControllerBase(pages)
{
    [HttpGet("")]
    public Task<IActionResult> Edit(int id, CancellationToken ct) => EditAsync(id, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, ReportForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await EditAsync(id, form, null, ct)
        : await DoneAsync(await change.SaveReportAsync(id, form, User, ct), "The report was saved.", $"/Reviews/{id}", e => EditAsync(id, form, e, ct));

    private Task<IActionResult> EditAsync(int id, ReportForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Report", page => (typed ?? ReportForm.From(page.Review)) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct);
}
