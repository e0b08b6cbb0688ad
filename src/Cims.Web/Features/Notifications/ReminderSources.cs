using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Notifications;

/// <summary>
/// Every kind of dated work that gets reminders, each one small projected query. An investigation or review on police
/// hold gets none: its clock is paused. Case reviews and RCA reviews: the review to do (the manager), the approval (the
/// delegates), the extension decisions (the department) and their actions (the manager), as for investigations.
/// </summary>
public sealed class ReminderSources(CimsDbContext db)
{
    public delegate Task<List<ReminderItem>> Source(CancellationToken ct);

    public IEnumerable<Source> All =>
    [
        ReportsAwaitingEndorsementAsync,
        ct => InvestigationsAsync(InvestigationStatus.PlanInPreparation, "PlanToWrite", "the investigation plan for incident ", Audience.Manager, ct),
        ct => InvestigationsAsync(InvestigationStatus.PlanAwaitingEndorsement, "PlanEndorsement", "the endorsement of the investigation plan for incident ", Audience.Delegates, ct),
        ct => InvestigationsAsync(InvestigationStatus.InProgress, "Investigation", "the investigation of incident ", Audience.Manager, ct),
        ct => InvestigationsAsync(InvestigationStatus.OutcomeAwaitingApproval, "OutcomeApproval", "the approval of the investigation outcome for incident ", Audience.Delegates, ct),
        ExtensionsToDecideAsync,
        RecommendationsAsync,
        ct => ReviewsAsync(ReviewStatus.InProgress, "Review", "the {0} of incident ", Audience.Manager, ct),
        ct => ReviewsAsync(ReviewStatus.OutcomeAwaitingApproval, "ReviewApproval", "the approval of the {0} of incident ", Audience.Delegates, ct),
        ReviewExtensionsToDecideAsync,
        ReviewActionsAsync,
    ];

    private async Task<List<ReminderItem>> ReportsAwaitingEndorsementAsync(CancellationToken ct)
    {
        var rows = await db.Incidents.AsNoTracking().Where(i => i.Status == IncidentStatus.AwaitingEndorsement && i.DueAt != null)
            .Select(i => new { i.Id, i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn, i.OrganisationId, i.DueAt }).ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem("ReportEndorsement", r.Id, $"the endorsement of the report of incident {Name(r.Number, r.OccurredOn)}",
            $"/Endorsement/{r.Id}", Day(r.DueAt!.Value), r.OrganisationId, null, Audience.Delegates, Escalates: true))];
    }

    private async Task<List<ReminderItem>> InvestigationsAsync(InvestigationStatus status, string kind, string what, Audience responsible, CancellationToken ct)
    {
        var rows = await Investigations(v => v.Status == status).ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem(kind, r.Id, what + Name(r.Number, r.OccurredOn), $"/Investigations/{r.Id}", Day(r.DueAt!.Value),
            r.OrganisationId, r.ManagerId, responsible, Escalates: true))];
    }

    /// <summary>Due by the investigation's current due date; department staff decide, with no one above them to escalate to.</summary>
    private async Task<List<ReminderItem>> ExtensionsToDecideAsync(CancellationToken ct)
    {
        var rows = await (from v in db.Investigations.AsNoTracking()
                          from e in v.Extensions
                          join i in db.Incidents on v.IncidentId equals i.Id
                          where e.Status == ExtensionStatus.Pending && v.DueAt != null && !v.Holds.Any(h => h.ResumedAt == null)
                          select new { e.Id, InvestigationId = v.Id, v.OrganisationId, v.DueAt, i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn }).ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem("ExtensionDecision", r.Id, $"the decision on the extension request for the investigation of incident {Name(r.Number, r.OccurredOn)}",
            $"/Investigations/{r.InvestigationId}", Day(r.DueAt!.Value), r.OrganisationId, null, Audience.Department, Escalates: false))];
    }

    /// <summary>Open or in-progress recommendations while they can be tracked (the investigation is still open).</summary>
    private async Task<List<ReminderItem>> RecommendationsAsync(CancellationToken ct)
    {
        var rows = await (from v in db.Investigations.AsNoTracking()
                          from r in v.Recommendations
                          join i in db.Incidents on v.IncidentId equals i.Id
                          where v.Status != InvestigationStatus.Withdrawn && v.Status != InvestigationStatus.Accepted && (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress)
                          select new { r.Id, r.Number, r.DueOn, InvestigationId = v.Id, v.OrganisationId, ManagerId = v.Manager.ResponsibleUserId, Incident = i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem("Recommendation", r.Id, $"recommendation {r.Number} of the investigation of incident {Name(r.Incident, r.OccurredOn)}",
            $"/Investigations/{r.InvestigationId}", r.DueOn, r.OrganisationId, r.ManagerId, Audience.Manager, Escalates: true))];
    }

    /// <summary>Reviews at <paramref name="status"/> with a due date; <paramref name="what"/> names the kind ("case review") at {0}.</summary>
    private async Task<List<ReminderItem>> ReviewsAsync(ReviewStatus status, string kind, string what, Audience responsible, CancellationToken ct)
    {
        var rows = await db.Reviews.AsNoTracking().Where(r => r.Status == status && r.DueAt != null && !r.Holds.Any(h => h.ResumedAt == null))
            .Join(db.Incidents, r => r.IncidentId, i => i.Id, (r, i) =>
                new { r.Id, r.Kind, r.OrganisationId, ManagerId = r.Manager.ResponsibleUserId, r.DueAt, i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem(kind, r.Id, string.Format(CultureInfo.InvariantCulture, what, r.Kind.Noun()) + Name(r.Number, r.OccurredOn),
            $"/Reviews/{r.Id}", Day(r.DueAt!.Value), r.OrganisationId, r.ManagerId, responsible, Escalates: true))];
    }

    /// <summary>As for an investigation, keyed apart: the reviews' extension requests are numbered on their own.</summary>
    private async Task<List<ReminderItem>> ReviewExtensionsToDecideAsync(CancellationToken ct)
    {
        var rows = await (from v in db.Reviews.AsNoTracking()
                          from e in v.Extensions
                          join i in db.Incidents on v.IncidentId equals i.Id
                          where e.Status == ExtensionStatus.Pending && v.DueAt != null && !v.Holds.Any(h => h.ResumedAt == null)
                          select new { e.Id, ReviewId = v.Id, v.Kind, v.OrganisationId, v.DueAt, i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn }).ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem("ReviewExtensionDecision", r.Id, $"the decision on the extension request for the {r.Kind.Noun()} of incident {Name(r.Number, r.OccurredOn)}",
            $"/Reviews/{r.ReviewId}", Day(r.DueAt!.Value), r.OrganisationId, null, Audience.Department, Escalates: false))];
    }

    /// <summary>Open or in-progress actions of a review while it is still open (as an investigation's recommendations).</summary>
    private async Task<List<ReminderItem>> ReviewActionsAsync(CancellationToken ct)
    {
        var rows = await (from v in db.Reviews.AsNoTracking()
                          from a in v.Actions
                          join i in db.Incidents on v.IncidentId equals i.Id
                          where v.Status != ReviewStatus.Withdrawn && v.Status != ReviewStatus.Accepted && v.Status != ReviewStatus.HeldByOrganisation
                              && (a.Status == RecommendationStatus.Open || a.Status == RecommendationStatus.InProgress)
                          select new { a.Id, a.Number, a.DueOn, ReviewId = v.Id, v.Kind, v.OrganisationId, ManagerId = v.Manager.ResponsibleUserId, Incident = i.Number, OccurredOn = (DateOnly?)i.Dates!.OccurredOn })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReminderItem("ReviewAction", r.Id, $"action {r.Number} of the {r.Kind.Noun()} of incident {Name(r.Incident, r.OccurredOn)}",
            $"/Reviews/{r.ReviewId}/Actions/{r.Number}", r.DueOn, r.OrganisationId, r.ManagerId, Audience.Manager, Escalates: true))];
    }

    private IQueryable<InvestigationRow> Investigations(System.Linq.Expressions.Expression<Func<Investigation, bool>> which) =>
        db.Investigations.AsNoTracking().Where(which).Where(v => v.DueAt != null && !v.Holds.Any(h => h.ResumedAt == null))
            .Join(db.Incidents, v => v.IncidentId, i => i.Id, (v, i) =>
                new InvestigationRow(v.Id, v.OrganisationId, v.Manager.ResponsibleUserId, v.DueAt, i.Number, (DateOnly?)i.Dates!.OccurredOn));

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToMelbourne().DateTime);

    private static string Name(string? number, DateOnly? occurredOn) => number ?? $"of {occurredOn?.Display() ?? "an unknown day"}";

    private sealed record InvestigationRow(int Id, int OrganisationId, string ManagerId, DateTimeOffset? DueAt, string? Number, DateOnly? OccurredOn);
}
