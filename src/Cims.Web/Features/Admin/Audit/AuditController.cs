using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Audit;

/// <summary>Search of the audit log: read-only, CIMS administrators only.</summary>
[Authorize(Policy = Policies.CimsAdministrator)]
public sealed class AuditController(SearchAuditLog search) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(AuditSearch filters, CancellationToken ct) =>
        View(await search.RunAsync(filters, ModelState.IsValid, ct));
}
