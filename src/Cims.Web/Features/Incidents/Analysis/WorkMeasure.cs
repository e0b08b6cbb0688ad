using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>A state of an incident's follow-up work or actions, to drill into from the follow-up tiles.</summary>
public enum WorkMeasure
{
    InvestigationOnTime,
    InvestigationLate,
    InvestigationOverdue,
    ReviewOnTime,
    ReviewLate,
    ReviewOverdue,
    OutcomeOnTime,
    OutcomeLate,
    ExtensionRequested,
    ExtensionPending,
    ExtensionApproved,
    ExtensionDeclined,
    ActionOpen,
    ActionOverdue,
    ActionDone,
    ActionNotAccepted,
}

public static class WorkMeasures
{
    public static string Display(this WorkMeasure measure) => measure switch
    {
        WorkMeasure.InvestigationOnTime => "Investigation outcome approved on time",
        WorkMeasure.InvestigationLate => "Investigation outcome late (approved late or overdue)",
        WorkMeasure.InvestigationOverdue => "Investigation overdue now",
        WorkMeasure.ReviewOnTime => "Review approved on time",
        WorkMeasure.ReviewLate => "Review late (approved late or overdue)",
        WorkMeasure.ReviewOverdue => "Review overdue now",
        WorkMeasure.OutcomeOnTime => "Every follow-up outcome approved on time",
        WorkMeasure.OutcomeLate => "A follow-up outcome late",
        WorkMeasure.ExtensionRequested => "An extension requested",
        WorkMeasure.ExtensionPending => "An extension request waiting for a decision",
        WorkMeasure.ExtensionApproved => "An extension approved",
        WorkMeasure.ExtensionDeclined => "An extension declined",
        WorkMeasure.ActionOpen => "An action open or in progress",
        WorkMeasure.ActionOverdue => "An action overdue",
        WorkMeasure.ActionDone => "An action done",
        WorkMeasure.ActionNotAccepted => "An action not accepted",
        _ => measure.ToString(),
    };

    /// <summary>The incidents with follow-up work or an action in the state measured, as of <paramref name="now"/>.</summary>
    public static IQueryable<Incident> Where(IQueryable<Incident> query, CimsDbContext db, WorkMeasure measure, DateTimeOffset now)
    {
        var investigations = FollowUpTerms.Investigations(db, now);
        var reviews = FollowUpTerms.Reviews(db, now);
        var work = FollowUpTerms.Work(db, now);
        var actions = FollowUpTerms.Actions(db, DateOnly.FromDateTime(now.ToMelbourne().DateTime));
        return measure switch
        {
            WorkMeasure.InvestigationOnTime => query.Where(i => investigations.Any(f => f.IncidentId == i.Id && f.Time == WorkTime.OnTime)),
            WorkMeasure.InvestigationLate => query.Where(i => investigations.Where(FollowUpTerms.IsLate).Any(f => f.IncidentId == i.Id)),
            WorkMeasure.InvestigationOverdue => query.Where(i => investigations.Any(f => f.IncidentId == i.Id && f.Time == WorkTime.Overdue)),
            WorkMeasure.ReviewOnTime => query.Where(i => reviews.Any(f => f.IncidentId == i.Id && f.Time == WorkTime.OnTime)),
            WorkMeasure.ReviewLate => query.Where(i => reviews.Where(FollowUpTerms.IsLate).Any(f => f.IncidentId == i.Id)),
            WorkMeasure.ReviewOverdue => query.Where(i => reviews.Any(f => f.IncidentId == i.Id && f.Time == WorkTime.Overdue)),
            WorkMeasure.OutcomeOnTime => query.Where(i => work.Any(f => f.IncidentId == i.Id) && !work.Any(f => f.IncidentId == i.Id && f.Time != WorkTime.OnTime)),
            WorkMeasure.OutcomeLate => query.Where(i => work.Where(FollowUpTerms.IsLate).Any(f => f.IncidentId == i.Id)),
            WorkMeasure.ExtensionRequested => WithExtension(query, db, null),
            WorkMeasure.ExtensionPending => WithExtension(query, db, ExtensionStatus.Pending),
            WorkMeasure.ExtensionApproved => WithExtension(query, db, ExtensionStatus.Approved),
            WorkMeasure.ExtensionDeclined => WithExtension(query, db, ExtensionStatus.Declined),
            WorkMeasure.ActionOpen => query.Where(i => actions.Any(a => a.IncidentId == i.Id && (a.Status == RecommendationStatus.Open || a.Status == RecommendationStatus.InProgress))),
            WorkMeasure.ActionOverdue => query.Where(i => actions.Any(a => a.IncidentId == i.Id && a.Overdue)),
            WorkMeasure.ActionDone => query.Where(i => actions.Any(a => a.IncidentId == i.Id && a.Status == RecommendationStatus.Done)),
            WorkMeasure.ActionNotAccepted => query.Where(i => actions.Any(a => a.IncidentId == i.Id && a.Status == RecommendationStatus.NotAccepted)),
            _ => query,
        };
    }

    private static IQueryable<Incident> WithExtension(IQueryable<Incident> query, CimsDbContext db, ExtensionStatus? status)
    {
        var extensions = FollowUpTerms.Extensions(db);
        return query.Where(i => extensions.Any(e => e.IncidentId == i.Id && (status == null || e.Status == status)));
    }
}
