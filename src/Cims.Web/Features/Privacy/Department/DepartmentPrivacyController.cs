using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>The department's privacy incident queue and a report's detail page (department staff and analysts).</summary>
[Authorize(Policy = Policies.Department)]
[Route("Department/Privacy")]
public sealed class DepartmentPrivacyController(GetPrivacyReportPage pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PrivacyQueueFilters filters, [FromServices] ListPrivacyQueue queue, CancellationToken ct) =>
        View(await queue.RunAsync(filters, User, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await pages.RunAsync(id, User, recordView: true, ct) is { } page ? View(new PrivacyDetailsView(page, new PrivacyForms())) : NotFound();

    /// <summary>Explains why the department does not create the client incident itself, and offers to ask the reporting officer.</summary>
    [HttpGet("{id:int}/ClientIncident")]
    [DepartmentStaffOnly]
    public async Task<IActionResult> ClientIncident(int id, CancellationToken ct) =>
        await pages.RunAsync(id, User, recordView: false, ct) is { } page ? View(page) : NotFound();
}
