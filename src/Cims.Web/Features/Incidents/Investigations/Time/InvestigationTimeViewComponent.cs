using Cims.Domain.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>What this user may do to the investigation's clock (views never compare statuses).</summary>
public sealed record TimeActions(bool CanRequestExtension, bool CanDecideExtension, bool CanHold, bool IsOnHold);

/// <summary>
/// The investigation page's section on time: the links to request or decide an extension and to pause or resume
/// the clock, and every extension request and police hold so far.
/// </summary>
public sealed class InvestigationTimeViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Investigation investigation)
    {
        var user = HttpContext.User;
        ViewData[nameof(TimeActions)] = new TimeActions(
            investigation.CanRequestExtension(user), investigation.CanDecideExtension(user), investigation.CanHold(user), investigation.IsOnHold);
        return View("/Features/Incidents/Investigations/Time/_TimePanel.cshtml", investigation);
    }
}
