using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.MyWork;

/// <summary>One thing waiting for the user, as its query projects it: what to do, on which incident, where, by when.</summary>
public sealed record WorkItem(string What, string? Number, DateOnly? OccurredOn, string Href, DateTimeOffset? DueAt, DateTimeOffset? OnHoldSince = null);

/// <summary>A line of "My work": the incident named by its number (or, before it has one, by the day it happened).</summary>
public sealed record MyWorkRow(string What, string Incident, string Href, string? Due, string? Remaining, bool Overdue);

/// <summary>
/// Everything waiting for the user, soonest due first and undated last. Each kind of work is one small projected query,
/// run only for the users it concerns; a new kind (an outcome to approve, an extension to decide) is one more query
/// in <see cref="QueriesFor"/>.
/// </summary>
public sealed partial class GetMyWork(CimsDbContext db, IncidentClock clock, TimeProvider time)
{
    private delegate Task<List<WorkItem>> WorkQuery(ClaimsPrincipal user, CancellationToken ct);

    public async Task<IReadOnlyList<MyWorkRow>> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var query in QueriesFor(user))
            items.AddRange(await query(user, ct));
        var now = time.GetUtcNow();
        return [.. items.OrderBy(i => i.DueAt is null).ThenBy(i => i.DueAt).ThenBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => new MyWorkRow(
                i.What, i.Number ?? $"of {i.OccurredOn?.Display() ?? "an unknown day"}", i.Href,
                i.DueAt?.Display(), clock.DescribeWork(i.DueAt, i.OnHoldSince), i.OnHoldSince is null && i.DueAt < now))];
    }

    private IEnumerable<WorkQuery> QueriesFor(ClaimsPrincipal user)
    {
        if (!user.IsDepartment() && user.IsInRole(Roles.AuthorisedDelegate))
        {
            yield return ReportsToEndorseAsync;
            yield return AwaitingInvestigatorAsync;
            yield return PlansToEndorseAsync;
            yield return OutcomesToApproveAsync;
            yield return AwaitingReviewerAsync;
            yield return ReviewsToApproveAsync;
        }

        yield return PlansToWriteAsync;
        yield return InvestigationsInProgressAsync;
        yield return ReviewsInProgressAsync;
        if (user.IsDepartment() && user.IsInRole(Roles.DepartmentStaff))
        {
            yield return ScreeningAsync;
            yield return OutcomesToReviewAsync;
            yield return ExtensionsToDecideAsync;
            yield return ReviewsToDecideAsync;
            yield return ReviewExtensionsToDecideAsync;
        }
    }

    private Task<List<WorkItem>> ReportsToEndorseAsync(ClaimsPrincipal user, CancellationToken ct) =>
        OrganisationIncidents(user).Where(i => i.Status == IncidentStatus.AwaitingEndorsement)
            .Select(i => new WorkItem("Endorse the report", i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Endorsement/" + i.Id, i.DueAt))
            .ToListAsync(ct);

    /// <summary>The SQL form of <see cref="Incident.AwaitsInvestigator"/>, without an investigation yet.</summary>
    private Task<List<WorkItem>> AwaitingInvestigatorAsync(ClaimsPrincipal user, CancellationToken ct) =>
        OrganisationIncidents(user)
            .Where(i => i.Status == IncidentStatus.FollowUpDetermined
                && i.FollowUp != null && FollowUpActionText.WithInvestigation.Contains(i.FollowUp.Value)
                && !db.Investigations.Any(v => v.IncidentId == i.Id))
            .Select(i => new WorkItem("Assign an investigation manager", i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Incidents/" + i.Id + "/Investigation/Assign", i.FollowUpDueAt))
            .ToListAsync(ct);

    private Task<List<WorkItem>> PlansToEndorseAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        var userId = user.UserId();
        return Investigations(db.Investigations.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.Status == InvestigationStatus.PlanAwaitingEndorsement && v.Manager.ResponsibleUserId != userId),
            "Endorse or return the investigation plan", ct);
    }

    private Task<List<WorkItem>> OutcomesToApproveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        var userId = user.UserId();
        return Investigations(db.Investigations.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.Status == InvestigationStatus.OutcomeAwaitingApproval && v.Manager.ResponsibleUserId != userId),
            "Approve or return the investigation outcome", ct);
    }

    private Task<List<WorkItem>> OutcomesToReviewAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Investigations(db.Investigations.AsNoTracking().Where(v => v.Status == InvestigationStatus.OutcomeSubmitted), "Review the submitted investigation outcome", ct);

    private Task<List<WorkItem>> ExtensionsToDecideAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Investigations(db.Investigations.AsNoTracking().Where(v => v.Extensions.Any(e => e.Status == ExtensionStatus.Pending)), "Decide the extension request", ct);

    private Task<List<WorkItem>> PlansToWriteAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Investigations(AssignedTo(user, InvestigationStatus.PlanInPreparation), "Write the investigation plan", ct);

    private Task<List<WorkItem>> InvestigationsInProgressAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Investigations(AssignedTo(user, InvestigationStatus.InProgress), "Carry out the investigation", ct);

    private IQueryable<Investigation> AssignedTo(ClaimsPrincipal user, InvestigationStatus status)
    {
        var userId = user.UserId();
        return db.Investigations.AsNoTracking().VisibleTo(user).Where(v => v.Manager.ResponsibleUserId == userId && v.Status == status);
    }

    private Task<List<WorkItem>> ScreeningAsync(ClaimsPrincipal user, CancellationToken ct) =>
        db.VisibleIncidents(user).AsNoTracking().Where(i => i.Status == IncidentStatus.DepartmentReview)
            .Select(i => new WorkItem("Screen the incident", i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Department/Incidents/" + i.Id + "/Screen", null))
            .ToListAsync(ct);

    private IQueryable<Incident> OrganisationIncidents(ClaimsPrincipal user)
    {
        var organisationId = user.OrganisationId();
        return db.VisibleIncidents(user).AsNoTracking().Where(i => i.OrganisationId == organisationId);
    }

    private Task<List<WorkItem>> Investigations(IQueryable<Investigation> investigations, string what, CancellationToken ct) =>
        investigations.Join(db.Incidents, v => v.IncidentId, i => i.Id, (v, i) =>
                new WorkItem(what, i.Number, (DateOnly?)i.Dates!.OccurredOn, "/Investigations/" + v.Id, v.DueAt,
                    v.Holds.Where(h => h.ResumedAt == null).Select(h => (DateTimeOffset?)h.PausedAt).FirstOrDefault()))
            .ToListAsync(ct);
}
