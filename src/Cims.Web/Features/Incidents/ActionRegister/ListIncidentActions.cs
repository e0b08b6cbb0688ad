using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Incidents.Reviews;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.ActionRegister;

/// <summary>
/// One action of the register and where it is: an investigation's recommendation or a review's action, its owner, due
/// date, status and note (the evidence of completion, why it was not accepted, or its progress), late or not.
/// </summary>
public sealed record ActionProgress(
    ActionSource Source, int ItemId, int Number, string Text, string Owner, DateOnly DueOn, RecommendationStatus Status, string? Note, bool Overdue,
    DateTimeOffset UpdatedAt)
{
    public static ActionProgress Of(ActionSource source, int itemId, Recommendation action, DateOnly today) => new(
        source, itemId, action.Number, action.Text, action.Owner, action.DueOn, action.Status, action.StatusNote, action.IsOverdue(today), action.UpdatedAt);
}

/// <summary>An incident's actions, in the register's order.</summary>
public sealed record IncidentActions(int IncidentId, string? Number, IReadOnlyList<ActionProgress> Actions);

/// <summary>
/// The action register's rows of one incident the caller may see (null for any other): the recommendations of its
/// investigations once their plan is endorsed and the actions of its reviews, none of withdrawn ones
/// (as <see cref="ListActions"/> tracks them), open ones first, soonest due first.
/// </summary>
public sealed class ListIncidentActions(CimsDbContext db, TimeProvider time)
{
    public async Task<IncidentActions?> RunAsync(int incidentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).Where(i => i.Id == incidentId).Select(i => new { i.Id, i.Number }).SingleOrDefaultAsync(ct);
        if (incident is null)
            return null;
        var today = time.Today();
        var investigations = await ListActions.Tracked(db.Investigations.VisibleTo(user)).AsNoTracking()
            .AsSplitQuery().Where(v => v.IncidentId == incidentId).ToListAsync(ct);
        var reviews = await ListActions.Tracked(db.Reviews.VisibleTo(user)).AsNoTracking()
            .AsSplitQuery().Where(r => r.IncidentId == incidentId).ToListAsync(ct);
        var actions = investigations.SelectMany(v => v.Recommendations.Select(a => ActionProgress.Of(ActionSource.Investigation, v.Id, a, today)))
            .Concat(reviews.SelectMany(r => r.Actions.Select(a => ActionProgress.Of(ListActions.SourceOf(r.Kind), r.Id, a, today))))
            .OrderBy(a => a.Status is RecommendationStatus.Done or RecommendationStatus.NotAccepted)
            .ThenBy(a => a.DueOn).ThenBy(a => a.Source).ThenBy(a => a.ItemId).ThenBy(a => a.Number)
            .ToList();
        return new IncidentActions(incident.Id, incident.Number, actions);
    }
}
