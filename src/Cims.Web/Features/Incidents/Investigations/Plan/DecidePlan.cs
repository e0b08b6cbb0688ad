using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>
/// The delegated authority endorses the plan (the investigation and its incident are then in progress) or returns
/// it to the manager with a reason: one save with its audit entry, then the manager is e-mailed. Endorsement proposes
/// the allegations from the report.
/// </summary>
public sealed class DecidePlan(InvestigationWrites writes, AuditLog audit, InvestigationMail mail, TimeProvider time)
{
    public async Task<Result> EndorseAsync(int id, EndorsePlanForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, i => i.CanDecidePlan(user), InvestigationStepErrors.CannotDecidePlan, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var incident = await writes.IncidentOfAsync(investigation, ct);
        var endorsed = investigation.EndorsePlan(incident, InvestigationWrites.ActorOf(user), time.GetUtcNow());
        if (endorsed.Failed)
            return endorsed;
        investigation.Propose(Investigation.ProposedBy(incident, await writes.PrimaryTypeAsync(incident, ct)));
        audit.Record("investigation.plan_endorsed", InvestigationWrites.EntityType, InvestigationWrites.Key(id));
        var saved = await writes.SaveAsync(ct);
        if (saved.Failed)
            return saved;
        await mail.PlanEndorsedAsync(investigation, ct);
        return Result.Ok();
    }

    public async Task<Result> ReturnAsync(int id, ReturnPlanForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, i => i.CanDecidePlan(user), InvestigationStepErrors.CannotDecidePlan, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var returned = investigation.ReturnPlan(InvestigationWrites.ActorOf(user), form.Reason, time.GetUtcNow());
        if (returned.Failed)
            return returned;
        audit.Record("investigation.plan_returned", InvestigationWrites.EntityType, InvestigationWrites.Key(id), $"Reason: {investigation.ReturnReason}");
        var saved = await writes.SaveAsync(ct);
        if (saved.Failed)
            return saved;
        await mail.PlanReturnedAsync(investigation, ct);
        return Result.Ok();
    }
}
