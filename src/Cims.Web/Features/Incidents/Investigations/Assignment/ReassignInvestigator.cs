using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>The delegate gives an open investigation to someone else, with a reason; the new assignee is e-mailed.</summary>
public sealed class ReassignInvestigator(InvestigationWrites writes, AssigneeCandidates candidates, AuditLog audit, InvestigationMail mail, TimeProvider time)
{
    public async Task<Result> RunAsync(int id, AssignForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, i => i.CanReassign(user), InvestigationStepErrors.CannotReassign, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var assignee = await candidates.AssigneeAsync(investigation.OrganisationId, form, ct);
        if (assignee.Failed)
            return assignee.Error;
        var moved = investigation.Reassign(assignee.Value, InvestigationWrites.ActorOf(user), form.Reason, time.GetUtcNow());
        if (moved.Failed)
            return moved;
        audit.Record("investigation.reassigned", InvestigationWrites.EntityType, InvestigationWrites.Key(id), investigation.History[^1].Reason);
        var saved = await writes.SaveAsync(ct);
        if (saved.Failed)
            return saved;
        await mail.AssignedAsync(investigation, await writes.IncidentOfAsync(investigation, ct), ct);
        return Result.Ok();
    }
}
