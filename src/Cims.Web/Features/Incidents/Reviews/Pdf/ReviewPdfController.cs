using Cims.Web.Features.Incidents.Investigations.Work;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Reviews.Pdf;

/// <summary>The case review or RCA review report as a PDF download, for anyone who may see the review; each download is audited.</summary>
[Route("Reviews/{id:int}")]
public sealed class ReviewPdfController(GetReviewPage pages, FactorChoices factors, AuditLog audit, TimeProvider time) : Controller
{
    [HttpGet("Pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        var organisation = await pages.OrganisationNameAsync(page.Review.OrganisationId, ct);
        var bytes = ReviewPdf.Render(page, organisation, await factors.NamesAsync(ct), User.DisplayName(), time.GetUtcNow());
        var fileName = $"{page.Incident.Incident.Number}-{(page.Review.Kind == Domain.Reviews.ReviewKind.CaseReview ? "case-review" : "rca-review")}.pdf";
        audit.Record("review.pdf_downloaded", ReviewWrites.EntityType, ReviewWrites.Key(id), $"File: {fileName}");
        await pages.SaveAuditAsync(ct);
        return File(bytes, "application/pdf", fileName);
    }
}
