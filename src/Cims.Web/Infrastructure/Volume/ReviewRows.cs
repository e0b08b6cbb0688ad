using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>Case reviews and RCA reviews of the incidents whose follow-up is one (after the investigation, for a combined one), with their actions.</summary>
public static class ReviewRows
{
    public static VolumeTable Table(IModel model) => VolumeTable.For(model, typeof(Review), null,
        "Id", "IncidentId", "OrganisationId", "Kind", "FollowUp", "HeldUnderE1", "Status", "Manager.UserId", "Manager.Name",
        "Manager.ResponsibleUserId", "Manager.ResponsibleName", "JointWithDepartment", "DueAt", "DueRule", "ApprovedAt", "ApprovedBy",
        "CreatedAt", "UpdatedAt", "Version", "ContributingFactors", "CaseReport.Problem", "CaseReport.Assessment", "RcaReport.Summary");

    public static VolumeTable Actions(IModel model) => VolumeTable.For(model, typeof(Review), nameof(Review.Actions),
        "ReviewId", "Number", "Text", "Owner", "DueOn", "Status", "StatusNote", "UpdatedAt", "Id");

    public static IEnumerable<(IncidentPlan Plan, int Id, ReviewStatus Status)> Reviewed(IncidentPlanner planner, int firstId)
    {
        var id = firstId;
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            if (p.ReviewStatus is { } status)
                yield return (p, id++, status);
        }
    }

    public static IEnumerable<object?[]> Rows(IncidentPlanner planner, int firstId)
    {
        foreach (var (p, id, status) in Reviewed(planner, firstId))
        {
            var kind = p.FollowUp!.Value.ReviewFor()!.Value;
            var started = p.At(IncidentStatus.ReviewInProgress)!.Value;
            var written = p.At(IncidentStatus.OutcomePendingApproval, PlanPhase.Review) is not null;
            var approved = status is ReviewStatus.HeldByOrganisation ? p.At(IncidentStatus.Closed) : p.At(IncidentStatus.OutcomeSubmitted, PlanPhase.Review);
            yield return
            [
                id, p.Id, p.Organisation.Id, kind, p.FollowUp, PlanStatuses.HeldUnderE1(p), status, p.Organisation.ReporterUserId, VolumeUsers.ManagerName,
                p.Organisation.ReporterUserId, p.Organisation.ReporterName, kind == ReviewKind.RcaReview && p.Id % 5 == 0,
                started.AddDays(kind == ReviewKind.CaseReview ? 42 : 84), kind.Display(), approved, approved is null ? null : VolumeUsers.DelegateName,
                started, p.UpdatedAt, Guid.NewGuid(), written ? new List<string> { "PLANNING", "STAFFING" } : new List<string>(),
                written && kind == ReviewKind.CaseReview ? "How the client's support plan was followed in the weeks before the incident." : null,
                written && kind == ReviewKind.CaseReview ? "The plan was sound; handovers between shifts missed the client's changed needs." : null,
                written && kind == ReviewKind.RcaReview ? "Root causes: rostering gaps and a safety plan not updated after the last incident." : null,
            ];
        }
    }

    public static IEnumerable<object?[]> ActionRows(IncidentPlanner planner, int firstReviewId, int firstId)
    {
        var id = firstId;
        foreach (var (p, reviewId, status) in Reviewed(planner, firstReviewId))
        {
            if (p.At(IncidentStatus.OutcomePendingApproval, PlanPhase.Review) is not { } written || status == ReviewStatus.Withdrawn)
                continue;
            var random = VolumeRandom.For(planner.Seed, 9, p.Id);
            foreach (var row in Volume.ActionRows.For(reviewId, written, planner.Today, ref random))
                yield return [.. row, id++];
        }
    }
}
