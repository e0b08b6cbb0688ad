using System.Linq.Expressions;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>Where a piece of follow-up work stands against its due date.</summary>
public enum WorkTime
{
    /// <summary>Still open and not yet due, on police hold, or without a due date.</summary>
    Pending,

    /// <summary>Its outcome was approved by its due date.</summary>
    OnTime,

    /// <summary>Its outcome was approved after its due date.</summary>
    ApprovedLate,

    /// <summary>Still open after its due date, and not on police hold.</summary>
    Overdue,
}

/// <summary>Which follow-up work a fact is about.</summary>
public enum WorkKind
{
    Investigation,
    Review,
}

/// <summary>One investigation or review (not withdrawn) as the dashboards count it: its incident, organisation, kind and time.</summary>
public sealed class WorkFact
{
    public int IncidentId { get; init; }

    public int OrganisationId { get; init; }

    public WorkKind Kind { get; init; }

    public WorkTime Time { get; init; }
}

/// <summary>One action (an investigation's recommendation or a review's action) as the dashboards count it.</summary>
public sealed class ActionFact
{
    public int IncidentId { get; init; }

    public int OrganisationId { get; init; }

    public RecommendationStatus Status { get; init; }

    public bool Overdue { get; init; }
}

/// <summary>One request to extend an investigation's or a review's due date (not withdrawn), and where it is.</summary>
public sealed class ExtensionFact
{
    public int IncidentId { get; init; }

    public int OrganisationId { get; init; }

    public WorkKind Kind { get; init; }

    public ExtensionStatus Status { get; init; }
}

/// <summary>
/// When follow-up work is on time, late or overdue, as queries (domain reference §4.1, T6 to T10). Work is done when its
/// outcome is approved (and so submitted, or kept by the organisation under E1): on time if approved by its due date as
/// it then stood. Open work past its due date is overdue, unless it is on police hold. Withdrawn work is not counted, nor
/// the actions of withdrawn work or of an investigation whose plan was never endorsed (as in the action register).
/// </summary>
public static class FollowUpTerms
{
    public static IQueryable<WorkFact> Work(CimsDbContext db, DateTimeOffset now) => Investigations(db, now).Concat(Reviews(db, now));

    public static IQueryable<WorkFact> Investigations(CimsDbContext db, DateTimeOffset now) =>
        db.Investigations.Where(v => v.Status != InvestigationStatus.Withdrawn).Select(v => new WorkFact
        {
            IncidentId = v.IncidentId,
            OrganisationId = v.OrganisationId,
            Kind = WorkKind.Investigation,
            Time = v.DueAt == null ? WorkTime.Pending
                : (v.Status == InvestigationStatus.OutcomeSubmitted || v.Status == InvestigationStatus.Accepted) && v.OutcomeApprovedAt != null
                    ? (v.OutcomeApprovedAt <= v.DueAt ? WorkTime.OnTime : WorkTime.ApprovedLate)
                : v.Status != InvestigationStatus.OutcomeSubmitted && v.Status != InvestigationStatus.Accepted && v.DueAt < now && !v.Holds.Any(h => h.ResumedAt == null)
                    ? WorkTime.Overdue
                : WorkTime.Pending,
        });

    public static IQueryable<WorkFact> Reviews(CimsDbContext db, DateTimeOffset now) =>
        db.Reviews.Where(r => r.Status != ReviewStatus.Withdrawn).Select(r => new WorkFact
        {
            IncidentId = r.IncidentId,
            OrganisationId = r.OrganisationId,
            Kind = WorkKind.Review,
            Time = r.DueAt == null ? WorkTime.Pending
                : (r.Status == ReviewStatus.HeldByOrganisation || r.Status == ReviewStatus.OutcomeSubmitted || r.Status == ReviewStatus.Accepted) && r.ApprovedAt != null
                    ? (r.ApprovedAt <= r.DueAt ? WorkTime.OnTime : WorkTime.ApprovedLate)
                : (r.Status == ReviewStatus.InProgress || r.Status == ReviewStatus.OutcomeAwaitingApproval) && r.DueAt < now && !r.Holds.Any(h => h.ResumedAt == null)
                    ? WorkTime.Overdue
                : WorkTime.Pending,
        });

    /// <summary>Every tracked action; overdue when still open or in progress after its due day (<paramref name="today"/>, Melbourne).</summary>
    public static IQueryable<ActionFact> Actions(CimsDbContext db, DateOnly today) =>
        db.Investigations.Where(v => v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null)
            .SelectMany(v => v.Recommendations, (v, a) => new ActionFact
            {
                IncidentId = v.IncidentId,
                OrganisationId = v.OrganisationId,
                Status = a.Status,
                Overdue = (a.Status == RecommendationStatus.Open || a.Status == RecommendationStatus.InProgress) && a.DueOn < today,
            })
            .Concat(db.Reviews.Where(r => r.Status != ReviewStatus.Withdrawn).SelectMany(r => r.Actions, (r, a) => new ActionFact
            {
                IncidentId = r.IncidentId,
                OrganisationId = r.OrganisationId,
                Status = a.Status,
                Overdue = (a.Status == RecommendationStatus.Open || a.Status == RecommendationStatus.InProgress) && a.DueOn < today,
            }));

    public static IQueryable<ExtensionFact> Extensions(CimsDbContext db) =>
        db.Investigations.Where(v => v.Status != InvestigationStatus.Withdrawn)
            .SelectMany(v => v.Extensions, (v, e) => new ExtensionFact { IncidentId = v.IncidentId, OrganisationId = v.OrganisationId, Kind = WorkKind.Investigation, Status = e.Status })
            .Concat(db.Reviews.Where(r => r.Status != ReviewStatus.Withdrawn)
                .SelectMany(r => r.Extensions, (r, e) => new ExtensionFact { IncidentId = r.IncidentId, OrganisationId = r.OrganisationId, Kind = WorkKind.Review, Status = e.Status }));

    public static readonly Expression<Func<WorkFact, bool>> IsLate = f => f.Time == WorkTime.ApprovedLate || f.Time == WorkTime.Overdue;
}
