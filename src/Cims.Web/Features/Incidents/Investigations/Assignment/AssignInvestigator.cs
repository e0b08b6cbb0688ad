using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>
/// The delegate assigns the investigation of an incident whose follow-up includes one: the investigation is opened
/// with its due date, recorded and audited in one save, and the assignee is e-mailed. Returns the investigation's id.
/// </summary>
public sealed class AssignInvestigator(CimsDbContext db, AssigneeCandidates candidates, AuditLog audit, InvestigationMail mail, TimeProvider time)
{
    public async Task<Result<int>> RunAsync(int incidentId, AssignForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null)
            return IncidentErrors.NotFound(incidentId);
        if (await db.Investigations.AnyAsync(i => i.IncidentId == incidentId, ct))
            return InvestigationErrors.AlreadyAssigned;
        if (!incident.CanAssignInvestigator(user))
            return InvestigationStepErrors.NotAwaitingInvestigator;
        if (form.Version != incident.Version)
            return IncidentErrors.Concurrency;
        var assignee = await candidates.AssigneeAsync(incident.OrganisationId, form, ct);
        if (assignee.Failed)
            return assignee.Error;
        var opened = Investigation.Open(incident, assignee.Value, InvestigationWrites.ActorOf(user), time.GetUtcNow());
        if (opened.Failed)
            return opened.Error;
        var investigation = opened.Value;
        db.Investigations.Add(investigation);
        audit.Record("investigation.assigned", GetIncidentPage.EntityType, GetIncidentPage.Key(incidentId), $"Assigned to {assignee.Value.Describe()}");
        var saved = await SaveAsync(incidentId, ct);
        if (saved.Failed)
            return saved.Error;
        await mail.AssignedAsync(investigation, incident, ct);
        return Result<int>.Ok(investigation.Id);
    }

    /// <summary>Saves; when another delegate assigned the same incident at the same moment, says so.</summary>
    private async Task<Result> SaveAsync(int incidentId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Investigations.AnyAsync(i => i.IncidentId == incidentId, ct))
                return InvestigationErrors.AlreadyAssigned;
            throw;
        }
    }
}
