using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>The domain method a step calls.</summary>
public delegate Result TimeMove(Investigation investigation, Actor by, InvestigationTimeRules rules, DateTimeOffset now);

/// <summary>A step on the investigation's clock: what the user may do, the domain method, and the audit action.</summary>
public sealed record TimeStep(Func<Investigation, bool> Allowed, Error NotAllowed, TimeMove Take, string AuditAction);

/// <summary>
/// Runs a step on the investigation's clock the way every investigation change runs: visible (else a 404), allowed
/// now, the form's version current; then the domain method, one audit entry (with the history entry's details) and
/// one save. The caller sends its e-mail afterwards.
/// </summary>
public sealed class TimeSteps(InvestigationWrites writes, AuditLog audit, TimeProvider time, InvestigationTimeRulesSource rules)
{
    public async Task<Result<Investigation>> RunAsync(int id, Guid? version, ClaimsPrincipal user, TimeStep step, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, version, user, step.Allowed, step.NotAllowed, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var taken = step.Take(investigation, InvestigationWrites.ActorOf(user), await rules.GetAsync(ct), time.GetUtcNow());
        if (taken.Failed)
            return taken.Error;
        audit.Record(step.AuditAction, InvestigationWrites.EntityType, InvestigationWrites.Key(id), investigation.History[^1].Reason);
        var saved = await writes.SaveAsync(ct);
        return saved.Failed ? saved.Error : Result<Investigation>.Ok(investigation);
    }
}
