using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.ActionRegister;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>One entry of an RCA review's timeline.</summary>
public sealed record TimelineView(int Number, DateOnly OccurredOn, TimeOnly? OccurredAt, string Description);

/// <summary>
/// A finished review's report: the case review's written sections, or the RCA review's team, report, timeline, root
/// causes and contributing factors (option codes of the reference data's ContributingFactor list); and its actions.
/// </summary>
public sealed record ReviewReportView(
    CaseReviewReport? CaseReview, RcaReport? Rca, IReadOnlyList<TimelineView> Timeline, IReadOnlyList<string> RootCauses,
    IReadOnlyList<string> ContributingFactors, string? OtherContributingFactors, IReadOnlyList<ActionProgress> Actions);

/// <summary>
/// A case review or RCA review as a provider system follows it: where it is and its clock at every step; its report
/// and actions once finished (accepted by the department, or approved and kept in the organisation's register under
/// E1), never the drafts in between.
/// </summary>
public sealed record ReviewView(
    int Id, int IncidentId, ReviewKind Kind, ReviewStatus Status, FollowUpAction FollowUp, bool JointWithDepartment, DateTimeOffset AssignedAt,
    DateTimeOffset? DueAt, string? DueRule, bool OnPoliceHold, DateOnly? ExtensionRequestedTo, DateTimeOffset? ApprovedAt, DateTimeOffset? AcceptedAt,
    ReviewReportView? Report);

/// <summary>The latest review of an incident the caller may see (<see cref="ReviewAccess"/>); null when there is none or it is not theirs.</summary>
public sealed class GetReviewOutcome(CimsDbContext db, TimeProvider time)
{
    public async Task<ReviewView?> RunAsync(int incidentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var r = await db.Reviews.VisibleTo(user).AsNoTracking().AsSplitQuery()
            .Where(x => x.IncidentId == incidentId && db.VisibleIncidents(user).Any(i => i.Id == incidentId))
            .OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        if (r is null)
            return null;
        return new ReviewView(
            r.Id, r.IncidentId, r.Kind, r.Status, r.FollowUp, r.JointWithDepartment, r.CreatedAt, r.DueAt, r.DueRule, r.IsOnHold,
            r.PendingExtension?.RequestedDueOn, r.ApprovedAt, r.History.Where(h => h.To == ReviewStatus.Accepted).Select(h => (DateTimeOffset?)h.At).Max(),
            r.Status is ReviewStatus.Accepted or ReviewStatus.HeldByOrganisation ? Report(r, time.Today()) : null);
    }

    private static ReviewReportView Report(Review r, DateOnly today)
    {
        var rca = r.Kind == ReviewKind.RcaReview;
        return new ReviewReportView(
            rca ? null : r.CaseReport, rca ? r.RcaReport : null,
            [.. r.Timeline.OrderBy(t => t.Number).Select(t => new TimelineView(t.Number, t.OccurredOn, t.OccurredAt, t.Description))],
            [.. r.RootCauses.OrderBy(c => c.Number).Select(c => c.Text)],
            r.ContributingFactors, r.OtherContributingFactors,
            [.. r.Actions.OrderBy(a => a.Number).Select(a => ActionProgress.Of(ListActions.SourceOf(r.Kind), r.Id, a, today))]);
    }
}
