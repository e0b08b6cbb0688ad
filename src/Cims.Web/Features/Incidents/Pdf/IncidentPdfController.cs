using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Pdf;

/// <summary>The PDF copy of an incident report, as a download.</summary>
public sealed class IncidentPdfController(DownloadIncidentPdf download) : Controller
{
    [HttpGet("/Incidents/{id:int}/Pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        await download.RunAsync(id, User, ct) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();
}
