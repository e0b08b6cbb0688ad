using System.Globalization;
using SecurityEventLog = Cims.Web.Infrastructure.Auditing.SecurityEvents;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Features.Admin.SecurityEvents;

/// <summary>The security officer's search of the security events, and its CSV (itself recorded as an export). Read-only.</summary>
[Authorize(Policy = Policies.SecurityOfficer)]
public sealed class SecurityEventsController(SearchSecurityEvents search, SecurityEventLog events, TimeProvider clock) : Controller
{
    [HttpGet("/Security/Events")]
    public async Task<IActionResult> Index(SecurityEventSearch filters, CancellationToken ct) =>
        View(await search.RunAsync(filters, ModelState.IsValid, ct));

    [HttpGet("/Security/Events.csv")]
    public async Task<IActionResult> Csv(SecurityEventSearch filters, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return View(nameof(Index), await search.RunAsync(filters, valid: false, ct));
        var rows = await search.FilterAsync(filters);
        var organisations = await search.OrganisationsAsync(ct);
        var fileName = $"security-events_{clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        var count = await SecurityEventsCsv.WriteAsync(Response.Body, rows, organisations, ct);
        await events.RecordExportAsync(fileName, count);
        return new EmptyResult();
    }
}
