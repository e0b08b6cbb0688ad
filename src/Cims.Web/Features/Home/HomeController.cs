using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => User.Identity?.IsAuthenticated == true ? View("Dashboard") : View();

    // Any method: a 404 from a POST is re-executed as a POST (UseStatusCodePagesWithReExecute).
    [Route("/Home/Status/{code:int}"), IgnoreAntiforgeryToken]
    public IActionResult Status(int code) => View("Status", code);

    [HttpGet("/Home/Error")]
    public IActionResult Error() => View("Status", 500);
}
