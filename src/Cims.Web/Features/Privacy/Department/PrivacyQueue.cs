using System.Security.Claims;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>Which reports the queue shows: by default the open ones (awaiting or under assessment).</summary>
public enum PrivacyQueueStatus
{
    Open,
    AwaitingAssessment,
    UnderAssessment,
    Closed,
    All,
}

/// <summary>The queue's filters, from the query string.</summary>
public sealed record PrivacyQueueFilters
{
    public PrivacyQueueStatus? Status { get; init; }

    public int? OrganisationId { get; init; }

    public bool Mine { get; init; }

    public bool Oldest { get; init; }

    public int? Page { get; init; }

    public bool Any => Status is not null and not PrivacyQueueStatus.Open || OrganisationId is not null || Mine;
}

/// <summary>One submitted report as the queue shows it.</summary>
public sealed record PrivacyQueueRow(
    int Id, string? Number, string? Organisation, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, bool? Breach,
    PrivacyReportStatus Status, string? AssignedTo, int People);

public sealed record PrivacyQueuePage(PrivacyQueueFilters Filters, IReadOnlyList<(int Id, string Name)> Organisations, PageOf<PrivacyQueueRow> Results);

/// <summary>Every submitted privacy report (never a draft), newest first, 25 to a page.</summary>
public sealed class ListPrivacyQueue(CimsDbContext db)
{
    public async Task<PrivacyQueuePage> RunAsync(PrivacyQueueFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var query = Filter(db.PrivacyReports.AsNoTracking().Where(r => r.Status != PrivacyReportStatus.Draft), filters, user);
        query = filters.Oldest ? query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id) : query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id);
        var page = await query
            .Select(r => new PrivacyQueueRow(
                r.Id, r.ReportNumber, db.Organisations.Where(o => o.Id == r.Service!.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                r.SubmittedAt, r.DueAt, r.Containment == null ? (bool?)null : r.Containment.BreachOccurred, r.Status, r.AssignedToName, r.People.Count))
            .ToPageAsync(filters.Page, ct);
        return new PrivacyQueuePage(filters, organisations.Select(o => (o.Id, o.Name)).ToList(), page);
    }

    private static IQueryable<Domain.Privacy.PrivacyReport> Filter(IQueryable<Domain.Privacy.PrivacyReport> query, PrivacyQueueFilters f, ClaimsPrincipal user)
    {
        query = (f.Status ?? PrivacyQueueStatus.Open) switch
        {
            PrivacyQueueStatus.AwaitingAssessment => query.Where(r => r.Status == PrivacyReportStatus.Submitted),
            PrivacyQueueStatus.UnderAssessment => query.Where(r => r.Status == PrivacyReportStatus.UnderAssessment),
            PrivacyQueueStatus.Closed => query.Where(r => r.Status == PrivacyReportStatus.Closed),
            PrivacyQueueStatus.All => query,
            _ => query.Where(r => r.Status == PrivacyReportStatus.Submitted || r.Status == PrivacyReportStatus.UnderAssessment),
        };
        if (f.OrganisationId is { } organisationId)
            query = query.Where(r => r.Service!.OrganisationId == organisationId);
        if (f.Mine)
        {
            var me = user.UserId();
            query = query.Where(r => r.AssignedToUserId == me);
        }

        return query;
    }
}
