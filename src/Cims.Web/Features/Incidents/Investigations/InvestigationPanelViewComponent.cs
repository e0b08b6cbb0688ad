using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>What the incident page shows of its investigation: who has it and every step, or the way to assign one.</summary>
public sealed record InvestigationPanel(int IncidentId, Investigation? Investigation, bool CanAssign, bool AwaitsInvestigator);

/// <summary>
/// The investigation section of the incident page, which has already checked the user may see the incident.
/// The delegate who may assign an investigator gets the link to do it.
/// </summary>
public sealed class InvestigationPanelViewComponent(CimsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Incident incident)
    {
        var investigation = await db.Investigations.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.IncidentId == incident.Id, HttpContext.RequestAborted);
        var canAssign = investigation is null && incident.CanAssignInvestigator(HttpContext.User);
        return View("/Features/Incidents/Investigations/_Panel.cshtml",
            new InvestigationPanel(incident.Id, investigation, canAssign, investigation is null && incident.AwaitsInvestigator));
    }
}
