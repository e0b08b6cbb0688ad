using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>What the incident page shows of its review: who has it and where it is, or the way to assign one.</summary>
public sealed record ReviewPanel(int IncidentId, ReviewKind? Kind, Review? Review, bool CanAssign, bool AwaitsReviewer);

/// <summary>The review section of the incident page, which has already checked the user may see the incident.</summary>
public sealed class ReviewPanelViewComponent(CimsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Incident incident)
    {
        var kind = incident.FollowUp?.ReviewFor();
        if (kind is null)
            return Content("");
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.IncidentId == incident.Id, HttpContext.RequestAborted);
        var awaits = review is null && incident.CanOpenReview;
        return View("/Features/Incidents/Reviews/_Panel.cshtml",
            new ReviewPanel(incident.Id, kind, review, awaits && incident.CanAssignReviewer(HttpContext.User), awaits));
    }
}
