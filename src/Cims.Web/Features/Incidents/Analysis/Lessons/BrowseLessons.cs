using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reference;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Lessons;

public sealed record LessonsPage(LessonFilters Filters, IReadOnlyList<Choice> Types, IReadOnlyList<Choice> Factors, PageOf<Lesson> Lessons);

/// <summary>
/// The lessons library: every approved investigation outcome and every approved case review or RCA review, newest
/// approval first, ten to a page, searchable by the incident's type and by contributing factor. Every organisation's
/// lessons are open to every signed-in user, so nothing in them names anyone (see <see cref="Redaction"/>) and an
/// organisation is named only if it agreed. Two grouped queries page the union; the page's ten are then read whole.
/// </summary>
public sealed class BrowseLessons(CimsDbContext db)
{
    public const int PageSize = 10;

    private static readonly InvestigationStatus[] Approved = [InvestigationStatus.OutcomeSubmitted, InvestigationStatus.Accepted];

    private static readonly ReviewStatus[] ReviewApproved = [ReviewStatus.HeldByOrganisation, ReviewStatus.OutcomeSubmitted, ReviewStatus.Accepted];

    public async Task<LessonsPage> RunAsync(LessonFilters filters, CancellationToken ct)
    {
        var types = (await db.IncidentTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => new Choice(t.Id.ToString(CultureInfo.InvariantCulture), t.Name)).ToList();
        var factors = await db.OptionItems.AsNoTracking().Where(o => o.List == OptionLists.ContributingFactor).OrderBy(o => o.SortOrder)
            .Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct);
        var investigations = db.Investigations.AsNoTracking().Where(v => Approved.Contains(v.Status) && v.OutcomeApprovedAt != null);
        var reviews = db.Reviews.AsNoTracking().Where(r => ReviewApproved.Contains(r.Status) && r.ApprovedAt != null);
        if (filters.TypeId is { } typeId)
        {
            investigations = investigations.Where(v => db.Incidents.Any(i => i.Id == v.IncidentId && i.Details!.PrimaryTypeId == typeId));
            reviews = reviews.Where(r => db.Incidents.Any(i => i.Id == r.IncidentId && i.Details!.PrimaryTypeId == typeId));
        }

        if (!string.IsNullOrWhiteSpace(filters.Factor))
        {
            var factor = filters.Factor.Trim();
            investigations = investigations.Where(v => v.ContributingFactors.Contains(factor));
            reviews = reviews.Where(r => r.ContributingFactors.Contains(factor));
        }

        var keys = investigations.Select(v => new { Review = false, v.Id, At = v.OutcomeApprovedAt!.Value })
            .Concat(reviews.Select(r => new { Review = true, r.Id, At = r.ApprovedAt!.Value }));
        var total = await keys.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(filters.Page ?? 1, 1, pages);
        var page = await keys.OrderByDescending(k => k.At).ThenBy(k => k.Review).ThenByDescending(k => k.Id).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var lessons = await LoadAsync(page.Select(k => (k.Review, k.Id)).ToList(), types, factors, ct);
        return new LessonsPage(filters, types, factors, new PageOf<Lesson>(lessons, current, pages, total));
    }

    private async Task<List<Lesson>> LoadAsync(List<(bool Review, int Id)> keys, IReadOnlyList<Choice> types, IReadOnlyList<Choice> factors, CancellationToken ct)
    {
        var investigationIds = keys.Where(k => !k.Review).Select(k => k.Id).ToList();
        var reviewIds = keys.Where(k => k.Review).Select(k => k.Id).ToList();
        var investigations = await db.Investigations.AsNoTracking().AsSplitQuery().Where(v => investigationIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var reviews = await db.Reviews.AsNoTracking().AsSplitQuery().Where(r => reviewIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var incidentIds = investigations.Values.Select(v => v.IncidentId).Concat(reviews.Values.Select(r => r.IncidentId)).Distinct().ToList();
        var incidents = await db.Incidents.AsNoTracking().AsSplitQuery().Where(i => incidentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var organisationIds = incidents.Values.Select(i => i.OrganisationId).Distinct().ToList();
        var named = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id) && o.NamedInLessons).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var typeNames = types.ToDictionary(t => t.Value, t => t.Label);
        var factorNames = factors.ToDictionary(f => f.Value, f => f.Label);
        string TypeOf(Incident i) => typeNames.GetValueOrDefault(i.Details!.PrimaryTypeId.ToString(CultureInfo.InvariantCulture), "Unknown type");
        List<string> FactorsOf(IEnumerable<string> codes) => [.. codes.Select(c => factorNames.GetValueOrDefault(c, c))];

        return [.. keys.Select(k =>
        {
            if (!k.Review)
            {
                var v = investigations[k.Id];
                var incident = incidents[v.IncidentId];
                var redact = Redaction.For(incident, v.Manager.Name);
                return new Lesson(
                    "Investigation", incident.Dates!.OccurredOn.Year, TypeOf(incident), incident.Details!.Impact.Display(), named.GetValueOrDefault(incident.OrganisationId),
                    FactorsOf(v.ContributingFactors),
                    [.. v.Allegations.Where(a => a.Finding is not null).OrderBy(a => a.Number).Select(a => new LessonFinding(a.IncidentType, a.Finding!.Value.Display()))],
                    [], [.. v.Recommendations.OrderBy(a => a.Number).Select(a => new LessonAction(redact.Apply(a.Text), a.Status.Display()))]);
            }

            var r = reviews[k.Id];
            var reviewed = incidents[r.IncidentId];
            var redactReview = Redaction.For(reviewed, r.Manager.Name);
            return new Lesson(
                r.Kind == ReviewKind.CaseReview ? "Case review" : "RCA review", reviewed.Dates!.OccurredOn.Year, TypeOf(reviewed), reviewed.Details!.Impact.Display(),
                named.GetValueOrDefault(reviewed.OrganisationId), FactorsOf(r.ContributingFactors), [],
                [.. r.RootCauses.OrderBy(c => c.Number).Select(c => redactReview.Apply(c.Text))],
                [.. r.Actions.OrderBy(a => a.Number).Select(a => new LessonAction(redactReview.Apply(a.Text), a.Status.Display()))]);
        })];
    }
}
