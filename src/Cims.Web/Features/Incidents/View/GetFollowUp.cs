using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

/// <summary>Who decided the follow-up: department staff at screening, or CIMS by the rules (E2, E3) when nobody recommended another.</summary>
public enum FollowUpDecider
{
    Department,
    Rules,
}

/// <summary>A follow-up and why: the delegate's recommendation, or the rules' suggestion.</summary>
public sealed record FollowUpReasoned(FollowUpAction Action, string Reason);

/// <summary>
/// The department's decision on the follow-up: what, who (the kind of decider, and the name the incident's status
/// history shows the organisation), when, when it is due and by which rule, and the history's reason for it.
/// </summary>
public sealed record FollowUpDecision(
    FollowUpAction Action, FollowUpDecider DecidedBy, string DecidedByName, DateTimeOffset DecidedAt, DateTimeOffset? DueAt, string? DueRule, string? Reason);

/// <summary>An incident's follow-up as its organisation sees it: the recommendation, the rules' suggestion (major impact only), the decision.</summary>
public sealed record FollowUpView(
    int Id, string? Number, IncidentStatus Status, FollowUpReasoned? Recommendation, FollowUpReasoned? Suggestion, FollowUpDecision? Decision,
    bool CanChangeRecommendation);

/// <summary>
/// Reads the follow-up of an incident the caller may see (<see cref="IncidentAccess"/>); null for any other. The rules'
/// suggestion is the one the endorsement page shows the delegate of a major-impact report.
/// </summary>
public sealed class GetFollowUp(CimsDbContext db, DepartmentSubmission submission)
{
    public async Task<FollowUpView?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return null;
        var suggestion = incident.Impact == ImpactLevel.Major ? await submission.SuggestAsync(incident, ct) : default((FollowUpAction, string)?);
        return new FollowUpView(
            incident.Id, incident.Number, incident.Status,
            incident.RecommendedFollowUp is { } recommended ? new FollowUpReasoned(recommended, incident.RecommendationReason ?? "") : null,
            suggestion is { } s ? new FollowUpReasoned(s.Item1, s.Item2) : null,
            Decision(incident), incident.CanChangeRecommendation);
    }

    private static FollowUpDecision? Decision(Incident incident)
    {
        if (incident.FollowUp is not { } action)
            return null;
        var decided = incident.History.Where(h => h.To == IncidentStatus.FollowUpDetermined).OrderBy(h => h.At).ThenBy(h => h.Id).Last();
        var decider = decided.ByUserId == DepartmentSubmission.System.UserId ? FollowUpDecider.Rules : FollowUpDecider.Department;
        return new FollowUpDecision(action, decider, decided.ByName, decided.At, incident.FollowUpDueAt, incident.FollowUpRule, decided.Reason);
    }
}
