using Cims.Web.Features.Incidents.Investigations.Work;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Pdf;

/// <summary>The plan and the outcome report as PDF downloads, for anyone who may see the investigation; each download is audited.</summary>
[Route("Investigations/{id:int}")]
public sealed class InvestigationPdfController(GetInvestigationPage pages, AuditLog audit, TimeProvider time) : Controller
{
    [HttpGet("Plan/Pdf")]
    public Task<IActionResult> Plan(int id, CancellationToken ct) =>
        DownloadAsync(id, "plan", (page, organisation, _) => InvestigationPdf.Plan(page, organisation, User.DisplayName(), time.GetUtcNow()), ct);

    [HttpGet("Report/Pdf")]
    public Task<IActionResult> Report(int id, [FromServices] FactorChoices factors, CancellationToken ct) =>
        DownloadAsync(id, "outcome-report", (page, organisation, names) => InvestigationPdf.Outcome(page, organisation, names!, User.DisplayName(), time.GetUtcNow()), ct, factors);

    private async Task<IActionResult> DownloadAsync(
        int id, string kind, Func<InvestigationPage, string, IReadOnlyDictionary<string, string>?, byte[]> render, CancellationToken ct, FactorChoices? factors = null)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        var organisation = await pages.OrganisationNameAsync(page.Investigation.OrganisationId, ct);
        var bytes = render(page, organisation, factors is null ? null : await factors.NamesAsync(ct));
        var fileName = $"{page.Incident.Incident.Number}-{kind}.pdf";
        audit.Record("investigation.pdf_downloaded", InvestigationWrites.EntityType, InvestigationWrites.Key(id), $"File: {fileName}");
        await pages.SaveAuditAsync(ct);
        return File(bytes, "application/pdf", fileName);
    }
}
