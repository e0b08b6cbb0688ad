using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account;

/// <summary>
/// After signing in again, the form posted when the session had ended (ADR 0057): what was typed, to check and send to
/// the page it was meant for, which validates and saves it as it always does.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class KeptFormController(KeptForms kept, UserManager<CimsUser> users) : Controller
{
    [HttpGet(KeptForms.PathPrefix + "{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        var form = await kept.TakeAsync(id, users.GetUserId(User)!, HttpContext.RequestAborted);
        if (form is not null)
            return View("KeptForm", form);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("KeptFormGone");
    }
}
