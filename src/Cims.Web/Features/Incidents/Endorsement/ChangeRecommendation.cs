using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Report.Submission;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>
/// The organisation changes the follow-up it recommends for a report already at the department, until the department
/// decides (<see cref="Incident.ChangeRecommendation"/>: then a conflict). Checked against the rules' suggestion as
/// at endorsement; saved with its audit entry, stale if someone saved the incident first.
/// </summary>
public sealed class ChangeRecommendation(CimsDbContext db, DepartmentSubmission submission, AuditLog audit, TimeProvider time)
{
    public const string AuditAction = "incident.recommendation_changed";

    public async Task<Result> RunAsync(int id, FollowUpRecommendation recommendation, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        var (suggested, _) = await submission.SuggestAsync(incident, ct);
        var changed = incident.ChangeRecommendation(recommendation.Action, recommendation.Reason, suggested, time.GetUtcNow());
        if (changed.Failed)
            return FollowUpRecommendation.Named(changed.Error);
        audit.Record(AuditAction, GetIncidentPage.EntityType, GetIncidentPage.Key(id), incident.RecommendedFollowUp is { } action
            ? $"The delegate now recommends {action.Display()} instead of the rules' suggestion: {incident.RecommendationReason}"
            : $"The delegate no longer recommends another follow-up than the rules' suggestion ({suggested.Display()}).");
        return await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }
}
