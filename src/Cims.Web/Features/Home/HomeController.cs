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

    // Any method too: the exception handler re-executes the failed request's method (a POST that threw), and an
    // error page that answered only GET showed "405" instead of saying something went wrong.
    [Route("/Home/Error"), IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Status", 500);
    }
}
