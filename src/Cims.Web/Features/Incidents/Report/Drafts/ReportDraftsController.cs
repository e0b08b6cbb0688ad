using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report.Drafts;

/// <summary>Starting a report, the drafts list, and keeping the session alive.</summary>
public sealed class ReportDraftsController : Controller
{
    [HttpGet("Incidents/Report/Start")]
    public IActionResult Start() => User.IsDepartment() ? Forbid() : View(new StartForm());

    [HttpPost("Incidents/Report/Start")]
    public async Task<IActionResult> Start(StartForm form, [FromServices] StartReport start, CancellationToken ct)
    {
        if (User.IsDepartment())
            return Forbid();
        if (!ModelState.IsValid)
            return View(form);
        if (form.DuringServiceDelivery == false)
            return RedirectToAction(nameof(NotInScope));
        var id = await start.RunAsync(User, ct);
        return Redirect(ReportSteps.Url(id, ReportSteps.Service));
    }

    [HttpGet("Incidents/Report/NotInScope")]
    public IActionResult NotInScope() => View();

    [HttpGet("Incidents/Drafts")]
    public async Task<IActionResult> Drafts([FromServices] ListDrafts list, CancellationToken ct) => View(await list.RunAsync(User, ct));
}
