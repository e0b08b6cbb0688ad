using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Register;

/// <summary>One incident as the register shows it: ids, dates and instants, names looked up.</summary>
public sealed record RegisterRow(
    int Id, string? Number, IncidentStatus Status, DateOnly? OccurredOn, string ReporterName, ImpactLevel? Impact, int? PrimaryTypeId,
    DateTimeOffset? DueAt, DateTimeOffset? SubmittedAt, FollowUpAction? FollowUp, DateTimeOffset? FollowUpDueAt);

public sealed record RegisterPage(
    RegisterFilters Filters, IReadOnlyDictionary<int, string> IncidentTypes, PageOf<RegisterRow>? Results, bool WholeOrganisation);

/// <summary>
/// The client incident register an organisation keeps: every incident the user may see (<see cref="IncidentAccess"/>:
/// the organisation's reports for its delegates, administrators and managers; a reporter's own reports), newest
/// first, filtered on the server, 25 to a page.
/// </summary>
public sealed class ListRegister(CimsDbContext db, TimeProvider time)
{
    public async Task<RegisterPage> RunAsync(RegisterFilters filters, bool valid, ClaimsPrincipal user, CancellationToken ct)
    {
        var types = await db.IncidentTypes.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var wholeOrganisation = IncidentAccess.SeesOrganisation(user);
        if (!valid)
            return new RegisterPage(filters, types, null, wholeOrganisation);
        var rows =
            from i in Filter(db.VisibleIncidents(user).AsNoTracking(), filters, time.GetUtcNow())
            join u in db.Users on i.ReporterUserId equals u.Id into reporters
            from reporter in reporters.DefaultIfEmpty()
            orderby i.Id descending
            select new RegisterRow(
                i.Id, i.Number, i.Status, (DateOnly?)i.Dates!.OccurredOn, reporter == null ? "" : reporter.DisplayName,
                (ImpactLevel?)i.Details!.Impact, (int?)i.Details!.PrimaryTypeId, i.DueAt, i.SubmittedAt, i.FollowUp, i.FollowUpDueAt);
        return new RegisterPage(filters, types, await rows.ToPageAsync(filters.Page, ct), wholeOrganisation);
    }

    private static IQueryable<Incident> Filter(IQueryable<Incident> query, RegisterFilters f, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(f.Number))
        {
            var number = f.Number.Trim().ToUpperInvariant();
            query = query.Where(i => i.Number != null && i.Number.Contains(number));
        }

        if (f.Status is { } status)
            query = query.Where(i => i.Status == status);
        if (f.Impact is { } impact)
            query = query.Where(i => i.Details!.Impact == impact);
        if (f.TypeId is { } typeId)
            query = query.Where(i => i.Details!.PrimaryTypeId == typeId);
        if (AustralianDate.ParseOrNull(f.From) is { } from)
            query = query.Where(i => i.Dates!.OccurredOn >= from);
        if (AustralianDate.ParseOrNull(f.To) is { } to)
            query = query.Where(i => i.Dates!.OccurredOn <= to);
        if (f.Overdue)
            query = query.Where(i => (i.FollowUpDueAt != null && i.FollowUpDueAt < now) || (i.SubmittedAt == null && i.DueAt != null && i.DueAt < now));
        return query;
    }
}
