using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Incidents.Reviews;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.ActionRegister;

/// <summary>Where an action comes from: an investigation's recommendation, or a case review's or RCA review's action.</summary>
public enum ActionSource
{
    Investigation,
    CaseReview,
    RcaReview,
}

/// <summary>One action to complete: a recommendation of an investigation or an action of a review, where it is and whether it is late.</summary>
public sealed record ActionRow(
    ActionSource Source, int ItemId, int Number, string? IncidentNumber, string Organisation, string Text, string Owner,
    DateOnly DueOn, RecommendationStatus Status, string? Note, bool Overdue, bool CanTrack)
{
    public string SourceText => Source switch
    {
        ActionSource.CaseReview => "Case review",
        ActionSource.RcaReview => "RCA review",
        _ => "Investigation",
    };

    /// <summary>The row's key on the page: "{investigation}-{number}", or "review-{review}-{number}".</summary>
    public string Key => Source == ActionSource.Investigation ? $"{ItemId}-{Number}" : $"review-{ItemId}-{Number}";

    /// <summary>The investigation's or the review's page.</summary>
    public string ItemLink => Source == ActionSource.Investigation ? $"/Investigations/{ItemId}" : $"/Reviews/{ItemId}";

    /// <summary>The page to track the action on.</summary>
    public string TrackLink => Source == ActionSource.Investigation ? $"/Investigations/{ItemId}/Recommendations/{Number}" : $"/Reviews/{ItemId}/Actions/{Number}";

    public string Noun => Source == ActionSource.Investigation ? "recommendation" : "action";
}

/// <summary>How far one organisation is with its actions: the department's view.</summary>
public sealed record CompletionRate(string Organisation, int Total, int Done, int NotAccepted, int Overdue)
{
    /// <summary>Done as a share of the actions accepted (all but "not accepted"); null when none are.</summary>
    public int? Percent => Total - NotAccepted is var accepted and > 0 ? (int)Math.Round(100.0 * Done / accepted) : null;
}

public sealed record ActionRegisterPage(
    ActionFilters Filters, PageOf<ActionRow> Rows, IReadOnlyList<CompletionRate>? Rates, IReadOnlyList<(int Id, string Name)> Organisations);

/// <summary>
/// The action register: every recommendation of an investigation and every action of a case review or RCA review the
/// user may see (the department all organisations'; delegates and administrators their organisation's; a manager
/// their investigations' and reviews'), overdue ones flagged, soonest due first; for the department, completion rates
/// per organisation. Actions of a withdrawn investigation or review are not tracked. Actions stay here after the
/// incident closes, until done or not accepted. One query (a UNION of the sources) per page.
/// </summary>
public sealed class ListActions(CimsDbContext db, TimeProvider time)
{
    public async Task<ActionRegisterPage> RunAsync(ActionFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = time.Today();
        var userId = user.UserId();
        var delegateOf = !user.IsDepartment() && user.IsInRole(Cims.Domain.Identity.Roles.AuthorisedDelegate) ? user.OrganisationId() : -1;
        var investigations = Tracked(db.Investigations.VisibleTo(user)).AsNoTracking();
        var reviews = Tracked(db.Reviews.VisibleTo(user)).AsNoTracking();
        if (user.IsDepartment() && filters.OrganisationId is { } organisationId)
        {
            investigations = investigations.Where(v => v.OrganisationId == organisationId);
            reviews = reviews.Where(r => r.OrganisationId == organisationId);
        }

        var rows = (
            from v in investigations
            from a in v.Recommendations
            join i in db.Incidents on v.IncidentId equals i.Id
            join o in db.Organisations on v.OrganisationId equals o.Id
            select new
            {
                Source = (int)ActionSource.Investigation,
                ItemId = v.Id,
                a.Number,
                IncidentNumber = i.Number,
                Organisation = o.Name,
                a.Text,
                a.Owner,
                a.DueOn,
                a.Status,
                a.StatusNote,
                CanTrack = v.Manager.ResponsibleUserId == userId || v.OrganisationId == delegateOf,
            })
            .Concat(
                from r in reviews
                from a in r.Actions
                join i in db.Incidents on r.IncidentId equals i.Id
                join o in db.Organisations on r.OrganisationId equals o.Id
                select new
                {
                    Source = r.Kind == ReviewKind.CaseReview ? (int)ActionSource.CaseReview : (int)ActionSource.RcaReview,
                    ItemId = r.Id,
                    a.Number,
                    IncidentNumber = i.Number,
                    Organisation = o.Name,
                    a.Text,
                    a.Owner,
                    a.DueOn,
                    a.Status,
                    a.StatusNote,
                    CanTrack = r.Manager.ResponsibleUserId == userId || r.OrganisationId == delegateOf,
                });
        rows = filters.View switch
        {
            ActionView.Open => rows.Where(x => x.Status == RecommendationStatus.Open || x.Status == RecommendationStatus.InProgress),
            ActionView.Overdue => rows.Where(x => (x.Status == RecommendationStatus.Open || x.Status == RecommendationStatus.InProgress) && x.DueOn < today),
            ActionView.Done => rows.Where(x => x.Status == RecommendationStatus.Done),
            ActionView.NotAccepted => rows.Where(x => x.Status == RecommendationStatus.NotAccepted),
            _ => rows,
        };
        var page = await rows
            .OrderBy(x => x.Status == RecommendationStatus.Done || x.Status == RecommendationStatus.NotAccepted)
            .ThenBy(x => x.DueOn).ThenBy(x => x.Source).ThenBy(x => x.ItemId).ThenBy(x => x.Number)
            .Select(x => new ActionRow(
                (ActionSource)x.Source, x.ItemId, x.Number, x.IncidentNumber, x.Organisation, x.Text, x.Owner, x.DueOn, x.Status, x.StatusNote,
                (x.Status == RecommendationStatus.Open || x.Status == RecommendationStatus.InProgress) && x.DueOn < today, x.CanTrack))
            .ToPageAsync(filters.Page, ct);
        var rates = user.IsDepartment() ? await RatesAsync(today, ct) : null;
        var organisations = user.IsDepartment()
            ? (await db.Organisations.AsNoTracking().Where(o => o.Kind != Cims.Domain.Organisations.OrganisationKind.Department).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
                .Select(o => (o.Id, o.Name)).ToList()
            : [];
        return new ActionRegisterPage(filters, page, rates, organisations);
    }

    /// <summary>The investigations whose recommendations the register tracks: plan endorsed, not withdrawn.</summary>
    public static IQueryable<Investigation> Tracked(IQueryable<Investigation> investigations) =>
        investigations.Where(v => v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null);

    /// <summary>The reviews whose actions the register tracks: not withdrawn.</summary>
    public static IQueryable<Review> Tracked(IQueryable<Review> reviews) => reviews.Where(r => r.Status != ReviewStatus.Withdrawn);

    public static ActionSource SourceOf(ReviewKind kind) => kind == ReviewKind.CaseReview ? ActionSource.CaseReview : ActionSource.RcaReview;

    private async Task<IReadOnlyList<CompletionRate>> RatesAsync(DateOnly today, CancellationToken ct)
    {
        var counts = await (
            from v in db.Investigations.AsNoTracking()
            where v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null
            from a in v.Recommendations
            select new { v.OrganisationId, a.Status, a.DueOn })
            .Concat(
                from r in db.Reviews.AsNoTracking()
                where r.Status != ReviewStatus.Withdrawn
                from a in r.Actions
                select new { r.OrganisationId, a.Status, a.DueOn })
            .GroupBy(a => a.OrganisationId)
            .Select(g => new
            {
                OrganisationId = g.Key,
                Total = g.Count(),
                Done = g.Count(a => a.Status == RecommendationStatus.Done),
                NotAccepted = g.Count(a => a.Status == RecommendationStatus.NotAccepted),
                Overdue = g.Count(a => (a.Status == RecommendationStatus.Open || a.Status == RecommendationStatus.InProgress) && a.DueOn < today),
            }).ToListAsync(ct);
        var ids = counts.Select(c => c.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. counts.Select(c => new CompletionRate(names[c.OrganisationId], c.Total, c.Done, c.NotAccepted, c.Overdue)).OrderBy(c => c.Organisation, StringComparer.Ordinal)];
    }
}
