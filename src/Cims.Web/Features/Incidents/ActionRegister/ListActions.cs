using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.ActionRegister;

/// <summary>One action to complete: a recommendation of an investigation (case and RCA reviews add theirs), where it is and whether it is late.</summary>
public sealed record ActionRow(
    int InvestigationId, int Number, string? IncidentNumber, string Organisation, string Source, string Text, string Owner,
    DateOnly DueOn, RecommendationStatus Status, string? Note, bool Overdue, bool CanTrack);

/// <summary>How far one organisation is with its actions: the department's view.</summary>
public sealed record CompletionRate(string Organisation, int Total, int Done, int NotAccepted, int Overdue)
{
    /// <summary>Done as a share of the actions accepted (all but "not accepted"); null when none are.</summary>
    public int? Percent => Total - NotAccepted is var accepted and > 0 ? (int)Math.Round(100.0 * Done / accepted) : null;
}

public sealed record ActionRegisterPage(
    ActionFilters Filters, PageOf<ActionRow> Rows, IReadOnlyList<CompletionRate>? Rates, IReadOnlyList<(int Id, string Name)> Organisations);

/// <summary>
/// The action register: every recommendation the user may see (the department all organisations'; delegates and
/// administrators their organisation's; a manager their investigations'), overdue ones flagged, soonest due first;
/// for the department, completion rates per organisation. Actions of a withdrawn investigation are not tracked.
/// Actions stay here after the incident closes, until done or not accepted.
/// </summary>
public sealed class ListActions(CimsDbContext db, TimeProvider time)
{
    public async Task<ActionRegisterPage> RunAsync(ActionFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = time.Today();
        var userId = user.UserId();
        var delegateOf = !user.IsDepartment() && user.IsInRole(Cims.Domain.Identity.Roles.AuthorisedDelegate) ? user.OrganisationId() : -1;
        var tracked = db.Investigations.VisibleTo(user).AsNoTracking()
            .Where(v => v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null);
        if (user.IsDepartment() && filters.OrganisationId is { } organisationId)
            tracked = tracked.Where(v => v.OrganisationId == organisationId);
        var rows =
            from v in tracked
            from r in v.Recommendations
            join i in db.Incidents on v.IncidentId equals i.Id
            join o in db.Organisations on v.OrganisationId equals o.Id
            select new { v, r, i.Number, Organisation = o.Name };
        rows = filters.View switch
        {
            ActionView.Open => rows.Where(x => x.r.Status == RecommendationStatus.Open || x.r.Status == RecommendationStatus.InProgress),
            ActionView.Overdue => rows.Where(x => (x.r.Status == RecommendationStatus.Open || x.r.Status == RecommendationStatus.InProgress) && x.r.DueOn < today),
            ActionView.Done => rows.Where(x => x.r.Status == RecommendationStatus.Done),
            ActionView.NotAccepted => rows.Where(x => x.r.Status == RecommendationStatus.NotAccepted),
            _ => rows,
        };
        var page = await rows
            .OrderBy(x => x.r.Status == RecommendationStatus.Done || x.r.Status == RecommendationStatus.NotAccepted)
            .ThenBy(x => x.r.DueOn).ThenBy(x => x.v.Id).ThenBy(x => x.r.Number)
            .Select(x => new ActionRow(
                x.v.Id, x.r.Number, x.Number, x.Organisation, "Investigation", x.r.Text, x.r.Owner, x.r.DueOn, x.r.Status, x.r.StatusNote,
                (x.r.Status == RecommendationStatus.Open || x.r.Status == RecommendationStatus.InProgress) && x.r.DueOn < today,
                x.v.Manager.ResponsibleUserId == userId || x.v.OrganisationId == delegateOf))
            .ToPageAsync(filters.Page, ct);
        var rates = user.IsDepartment() ? await RatesAsync(today, ct) : null;
        var organisations = user.IsDepartment()
            ? (await db.Organisations.AsNoTracking().Where(o => o.Kind != Cims.Domain.Organisations.OrganisationKind.Department).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
                .Select(o => (o.Id, o.Name)).ToList()
            : [];
        return new ActionRegisterPage(filters, page, rates, organisations);
    }

    private async Task<IReadOnlyList<CompletionRate>> RatesAsync(DateOnly today, CancellationToken ct)
    {
        var counts = await (
            from v in db.Investigations.AsNoTracking()
            where v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null
            from r in v.Recommendations
            group r by v.OrganisationId into g
            select new
            {
                OrganisationId = g.Key,
                Total = g.Count(),
                Done = g.Count(r => r.Status == RecommendationStatus.Done),
                NotAccepted = g.Count(r => r.Status == RecommendationStatus.NotAccepted),
                Overdue = g.Count(r => (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress) && r.DueOn < today),
            }).ToListAsync(ct);
        var ids = counts.Select(c => c.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. counts.Select(c => new CompletionRate(names[c.OrganisationId], c.Total, c.Done, c.NotAccepted, c.Overdue)).OrderBy(c => c.Organisation, StringComparer.Ordinal)];
    }
}
