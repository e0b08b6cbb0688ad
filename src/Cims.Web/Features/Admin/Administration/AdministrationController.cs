using Cims.Domain.ApiAccess;
using Cims.Domain.Onboarding;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Administration;

/// <summary>What the landing page shows beside its links: the requests for API access and for onboarding waiting for a decision.</summary>
public sealed record AdministrationHome(int ApiRequestsWaiting, int OnboardingWaiting);

/// <summary>
/// The CIMS administrator's one menu entry, "Administration": a page leading to each administration area with a
/// sentence on what it is for, so the main menu keeps one entry instead of six.
/// </summary>
[Route("Administration")]
[Authorize(Policy = Policies.CimsAdministrator)]
public sealed class AdministrationController(CimsDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new AdministrationHome(
            await db.ApiAccessRequests.CountAsync(r => r.Status == ApiAccessStatus.Requested, ct),
            await db.OnboardingRequests.CountAsync(r => r.Status == OnboardingStatus.Requested, ct)));
}
