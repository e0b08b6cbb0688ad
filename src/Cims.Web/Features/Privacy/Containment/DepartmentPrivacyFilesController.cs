using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>Department staff download a submitted privacy report's files; each download is audited.</summary>
[Authorize(Policy = Policies.Department)]
public sealed class DepartmentPrivacyFilesController : Controller
{
    [HttpGet("Department/Privacy/{reportId:int}/Files/{fileId:int}")]
    public async Task<IActionResult> Download(int reportId, int fileId, [FromServices] DownloadPrivacyFile download, CancellationToken ct)
    {
        if (await download.ForDepartmentAsync(reportId, fileId, ct) is not { } file)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }
}
