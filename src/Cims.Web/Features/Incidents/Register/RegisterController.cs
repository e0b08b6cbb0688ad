using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Register;

/// <summary>The organisation's client incident register; the department has its own list of everything submitted.</summary>
public sealed class RegisterController : Controller
{
    [HttpGet("Incidents")]
    public async Task<IActionResult> Index(RegisterFilters filters, [FromServices] ListRegister list, CancellationToken ct)
    {
        if (User.IsDepartment())
            return Redirect("/Department/Incidents");
        return View(await list.RunAsync(filters, ModelState.IsValid, User, ct));
    }
}
