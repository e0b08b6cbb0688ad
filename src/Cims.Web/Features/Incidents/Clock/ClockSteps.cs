using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Incidents.Reviews;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>The domain method a step calls.</summary>
public delegate Result ClockMove(ClockedWork work, Actor by, InvestigationTimeRules rules, DateTimeOffset now);

/// <summary>A step on a clock: what the user may do, the domain method, and the audit action (after the kind's prefix).</summary>
public sealed record ClockStep(Func<ClockedWork, bool> Allowed, Error NotAllowed, ClockMove Take, string AuditAction);

/// <summary>
/// Runs a step on the clock of an investigation or a review the way every change to it runs: visible (else a 404),
/// allowed now, the form's version current; then the domain method, one audit entry (with the history entry's details)
/// and one save. The caller sends its e-mail afterwards.
/// </summary>
public sealed class ClockSteps(InvestigationWrites investigations, ReviewWrites reviews, AuditLog audit, TimeProvider time, ClockRulesSource rules)
{
    public async Task<Result<ClockedWork>> RunAsync(ClockKind kind, int id, Guid? version, ClaimsPrincipal user, ClockStep step, CancellationToken ct)
    {
        var loaded = await LoadAsync(kind, id, version, user, step, ct);
        if (loaded.Failed)
            return loaded.Error;
        var work = loaded.Value;
        var taken = step.Take(work, InvestigationWrites.ActorOf(user), await rules.GetAsync(ct), time.GetUtcNow());
        if (taken.Failed)
            return taken.Error;
        audit.Record($"{kind.AuditPrefix}.{step.AuditAction}", kind.EntityType, InvestigationWrites.Key(id), LastReason(work));
        var saved = kind == ClockKind.Review ? await reviews.SaveAsync(ct) : await investigations.SaveAsync(ct);
        return saved.Failed ? saved.Error : Result<ClockedWork>.Ok(work);
    }

    private async Task<Result<ClockedWork>> LoadAsync(ClockKind kind, int id, Guid? version, ClaimsPrincipal user, ClockStep step, CancellationToken ct)
    {
        if (kind == ClockKind.Review)
        {
            var review = await reviews.LoadAsync(id, version, user, r => step.Allowed(r), step.NotAllowed, ct);
            return review.Failed ? review.Error : Result<ClockedWork>.Ok(review.Value);
        }

        var investigation = await investigations.LoadAsync(id, version, user, i => step.Allowed(i), step.NotAllowed, ct);
        return investigation.Failed ? investigation.Error : Result<ClockedWork>.Ok(investigation.Value);
    }

    private static string? LastReason(ClockedWork work) => work switch
    {
        Review review => review.History[^1].Reason,
        Investigation investigation => investigation.History[^1].Reason,
        _ => null,
    };
}
