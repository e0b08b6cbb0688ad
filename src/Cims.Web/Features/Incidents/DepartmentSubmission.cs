using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// Completes a submission to the department for an incident that has just become "submitted to the
/// department" (endorsed, or sent in the monthly batch): gives it its number and routes it —
/// E1 major to screening, E2/E3 major to the follow-up the rules determine. The caller saves.
/// </summary>
public sealed class DepartmentSubmission(CimsDbContext db, IncidentClock clock, TimeProvider time)
{
    public static readonly Actor System = new("system", "CIMS");

    public async Task<Result> CompleteAsync(Incident incident, CancellationToken ct)
    {
        if (incident.Status != IncidentStatus.SubmittedToDepartment)
            return Result.Ok();
        if (incident.Id == 0)
            throw new InvalidOperationException("Save the incident before it is numbered.");
        incident.AssignNumber(IncidentNumbers.Format(incident.Id, incident.SubmittedAt ?? time.GetUtcNow()));
        var suggestion = await SuggestAsync(incident, ct);
        var due = incident.Impact == ImpactLevel.Major && incident.Profile != PolicyProfile.E1
            ? await clock.FollowUpDeadlineAsync(incident, suggestion.Action, ct)
            : null;
        return incident.RouteAtDepartment(System, suggestion, due, time.GetUtcNow());
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
}
