using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>
/// The manager saves the plan as it stands, or saves it and submits it for endorsement: one save with its audit
/// entry; on submission the organisation's delegates are e-mailed.
/// </summary>
public sealed class SavePlan(InvestigationWrites writes, AuditLog audit, InvestigationMail mail, TimeProvider time)
{
    public async Task<Result> RunAsync(int id, PlanForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, i => i.CanEditPlan(user), InvestigationStepErrors.CannotEditPlan, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var now = time.GetUtcNow();
        var saved = investigation.SavePlan(form.ToPlan(), now);
        if (saved.Failed)
            return saved;
        if (form.Submits)
        {
            var submitted = investigation.SubmitPlan(InvestigationWrites.ActorOf(user), now);
            if (submitted.Failed)
                return submitted;
        }

        audit.Record(form.Submits ? "investigation.plan_submitted" : "investigation.plan_saved", InvestigationWrites.EntityType, InvestigationWrites.Key(id));
        var stored = await writes.SaveAsync(ct);
        if (stored.Failed)
            return stored;
        if (form.Submits)
            await mail.PlanSubmittedAsync(investigation, ct);
        return Result.Ok();
    }
}
