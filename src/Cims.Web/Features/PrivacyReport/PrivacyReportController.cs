using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.PrivacyReport;

/// <summary>The public privacy incident report. The wizard itself is still being built.</summary>
[AllowAnonymous]
public sealed class PrivacyReportController : Controller
{
    public IActionResult Index() => View();
}
