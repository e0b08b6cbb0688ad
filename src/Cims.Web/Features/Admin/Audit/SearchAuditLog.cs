using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Audit;

/// <summary>The audit log filters, from the query string. Dates are DD/MM/YYYY days in Melbourne.</summary>
public sealed record AuditSearch
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? UserEmail { get; init; }

    /// <summary>The audit action, such as "organisation.created" (not "Action": that is a route value).</summary>
    public string? Event { get; init; }

    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public int? Page { get; init; }
}

public sealed class AuditSearchValidator : AbstractValidator<AuditSearch>
{
    public AuditSearchValidator()
    {
        this.DayRange(s => s.From, s => s.To, "from", "to", fromExample: "23/11/2026");
    }
}

public sealed record AuditRow(DateTimeOffset OccurredAt, string? UserName, string Action, string EntityType, string EntityId, string? Details, string? IpAddress);

public sealed record AuditPage(AuditSearch Search, PageOf<AuditRow>? Results, IReadOnlyList<string> Actions, IReadOnlyList<string> EntityTypes);

/// <summary>Reads the audit log, newest first. Read-only: entries are never changed.</summary>
public sealed class SearchAuditLog(CimsDbContext db)
{
    public async Task<AuditPage> RunAsync(AuditSearch search, bool valid, CancellationToken ct)
    {
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(a => a).ToListAsync(ct);
        return new AuditPage(search, valid ? await Filter(search).ToPageAsync(search.Page, ct) : null, actions, types);
    }

    private IQueryable<AuditRow> Filter(AuditSearch search)
    {
        var query = db.AuditEntries.AsNoTracking().OnDays(search.From, search.To);
        if (search.UserEmail.SearchTerm() is { } email)
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(email));
#pragma warning restore CA1304
        if (!string.IsNullOrWhiteSpace(search.Event))
            query = query.Where(a => a.Action == search.Event.Trim());
        if (!string.IsNullOrWhiteSpace(search.EntityType))
            query = query.Where(a => a.EntityType == search.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(search.EntityId))
            query = query.Where(a => a.EntityId == search.EntityId.Trim());
        return query.NewestFirst()
            .Select(a => new AuditRow(a.OccurredAt, a.UserName, a.Action, a.EntityType, a.EntityId, a.Details, a.IpAddress));
    }
}
