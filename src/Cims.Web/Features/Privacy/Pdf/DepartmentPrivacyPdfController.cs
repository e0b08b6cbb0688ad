using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Pdf;

/// <summary>The PDF copy of a submitted privacy incident report, for department staff (404 for a draft or an unknown id).</summary>
[Authorize(Policy = Policies.Department)]
public sealed class DepartmentPrivacyPdfController(DownloadPrivacyPdf download) : Controller
{
    [HttpGet("/Department/Privacy/{id:int}/Pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        await download.ByIdAsync(id, User.DisplayName(), ct) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();
}
