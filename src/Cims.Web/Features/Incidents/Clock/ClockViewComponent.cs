using Cims.Domain.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>What this user may do to the clock (views never compare statuses).</summary>
public sealed record TimeActions(bool CanRequestExtension, bool CanDecideExtension, bool CanHold, bool IsOnHold);

/// <summary>
/// The section on time of an investigation's or a review's page: the links to request or decide an extension and to
/// pause or resume the clock, and every extension request and police hold so far.
/// </summary>
public sealed class ClockViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(ClockedWork work)
    {
        var user = HttpContext.User;
        ViewData[nameof(TimeActions)] = new TimeActions(work.CanRequestExtension(user), work.CanDecideExtension(user), work.CanHold(user), work.IsOnHold);
        return View("/Features/Incidents/Clock/_TimePanel.cshtml", work);
    }
}
