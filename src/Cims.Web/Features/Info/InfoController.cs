using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Info;

/// <summary>The public information pages linked from every footer.</summary>
[AllowAnonymous]
public sealed class InfoController : Controller
{
    public IActionResult PrivacyStatement() => View();

    public IActionResult Disclaimer() => View();

    public IActionResult Accessibility() => View();

    public IActionResult Source([FromServices] IOptions<CimsOptions> options) => View(options.Value.SourceCodeUrl);
}
