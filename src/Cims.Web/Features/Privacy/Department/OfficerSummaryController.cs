using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>Department staff write and send the reporting officer a summary of a closed privacy report's outcome.</summary>
[Authorize(Policy = Policies.Department)]
[DepartmentStaffOnly]
[Route("Department/Privacy/{id:int}/OfficerSummary")]
public sealed class OfficerSummaryController(GetPrivacyReportPage pages, SendOfficerSummary send) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Write(int id, CancellationToken ct) => ShowAsync(id, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Write(int id, OfficerSummaryForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(id, form, ct);
        var result = await send.RunAsync(id, form, User, ct);
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ShowAsync(id, form, ct);
        }

        TempData["Flash"] = result.Value;
        return Redirect($"/Department/Privacy/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, OfficerSummaryForm? form, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, recordView: false, ct) is not { } page)
            return NotFound();
        if (!page.CanSendOfficerSummary)
            return Redirect($"/Department/Privacy/{id}");
        ModelState.Remove(nameof(OfficerSummaryForm.Version));
        return View("OfficerSummary", new OfficerSummaryPage(page, (form ?? new OfficerSummaryForm()) with { Version = page.Report.Version }));
    }
}

public sealed record OfficerSummaryPage(PrivacyReportPage Page, OfficerSummaryForm Form);
