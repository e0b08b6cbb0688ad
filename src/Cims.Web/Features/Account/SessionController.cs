using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Account;

/// <summary>
/// What the session warning asks (wwwroot/js/session-timeout.js): how long is left, and "Stay signed in". Both answer
/// how long the session has left; the sign-in cookie renews itself on the POST and never on the GET (SessionLifetime).
/// </summary>
[AllowWithoutTwoFactor]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SessionController(IOptions<SessionLifetimeOptions> options) : Controller
{
    [HttpGet(SessionEndpoints.StatusPath)]
    public IActionResult Status() => Left();

    [HttpPost(SessionEndpoints.KeepAlivePath)]
    public IActionResult KeepAlive() => Left();

    private JsonResult Left()
    {
        var end = SessionEnd.For(HttpContext, options.Value);
        return Json(new { seconds = end?.Seconds ?? 0, final = end?.Final ?? true });
    }
}
