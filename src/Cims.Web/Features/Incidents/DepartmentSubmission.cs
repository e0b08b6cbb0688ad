using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// The one way an incident reaches the department, shared by endorsement and the monthly batch: the move that
/// submits it, its number, the <see cref="Incident.DepartmentRoute"/> the incident decides, and an audit entry,
/// saved together (stale when someone saved first). An endorsement under E1 with non-major impact moves the
/// report to "non-major recorded" instead, and nothing more happens until the batch.
/// </summary>
public sealed class DepartmentSubmission(CimsDbContext db, IncidentClock clock, AuditLog audit, TimeProvider time)
{
    public static readonly Actor System = Actor.System;

    /// <param name="incident">A tracked incident.</param>
    /// <param name="move">The move that submits it (<see cref="Incident.Endorse"/>, <see cref="Incident.SubmitInMonthlyBatch"/>), at the given time.</param>
    /// <param name="auditAction">The audit entry's action.</param>
    /// <param name="auditDetails">The audit entry's details, from the moved, numbered and routed incident.</param>
    /// <param name="ct">Cancels the save.</param>
    public async Task<Result> SubmitAsync(
        Incident incident, Func<Incident, DateTimeOffset, Result> move, string auditAction, Func<Incident, string> auditDetails, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var moved = move(incident, now);
        if (moved.Failed)
            return moved;
        if (incident.Status == IncidentStatus.SubmittedToDepartment)
        {
            incident.AssignNumber(IncidentNumbers.Format(incident.Id, incident.SubmittedAt ?? now, incident.IsSandbox));
            var routed = await RouteAsync(incident, now, ct);
            if (routed.Failed)
            {
                db.ChangeTracker.Clear();
                return routed;
            }
        }

        audit.Record(auditAction, GetIncidentPage.EntityType, GetIncidentPage.Key(incident.Id), auditDetails(incident));
        return await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }

    /// <summary>The rule-based follow-up suggestion (§3.4) for the incident's impact, type and subjects of allegation.</summary>
    public async Task<(FollowUpAction Action, string Reason)> SuggestAsync(Incident incident, CancellationToken ct)
    {
        var typeId = incident.Details?.PrimaryTypeId;
        var flags = await db.IncidentTypes.Where(t => t.Id == typeId)
            .Select(t => new IncidentTypeFlags(t.IsAbuseType, t.RequiresInvestigationWhenMajor, t.RequiresReviewWhenMajor, t.IsConfirmed))
            .SingleOrDefaultAsync(ct) ?? new IncidentTypeFlags(false, false, true, false);
        var subjects = incident.Others
            .Where(o => o.Role == OtherPersonRole.SubjectOfAllegation && o.AllegationRole is not null)
            .Select(o => o.AllegationRole!.Value).ToList();
        return FollowUpRules.Suggest(incident.Impact ?? ImpactLevel.NonMajor, flags, subjects);
    }

    /// <summary>
    /// The follow-up the delegate recommends when endorsing, on the web or through the API: for a major-impact report,
    /// against the rules' suggestion (<see cref="Incident.RecommendFollowUp"/>); a non-major report has none to recommend.
    /// </summary>
    public async Task<Result> RecommendAsync(Incident incident, FollowUpAction? action, string? reason, CancellationToken ct)
    {
        if (action is null)
        {
            // Nothing recommended: any earlier recommendation is cleared, whatever the suggestion (no query for it).
            return incident.Impact == ImpactLevel.Major ? incident.RecommendFollowUp(null, null, default) : Result.Ok();
        }

        var (suggested, _) = await SuggestAsync(incident, ct);
        return incident.RecommendFollowUp(action, reason, suggested);
    }

    /// <summary>Takes the incident's <see cref="Incident.DepartmentRoute"/> (a report just received, or revised while the department had not acted), unsaved.</summary>
    public async Task<Result> RouteAsync(Incident incident, DateTimeOffset now, CancellationToken ct)
    {
        if (incident.DepartmentRoute != DepartmentRoute.FollowUpByRule)
            return incident.RouteAtDepartment(System, null, now);
        var (action, reason) = await SuggestAsync(incident, ct);
        var due = await clock.FollowUpDeadlineAsync(incident, action, ct);
        return incident.RouteAtDepartment(System, new RuleFollowUp(action, reason, due), now);
    }
}
