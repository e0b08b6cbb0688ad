using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.SecurityEvents;

/// <summary>The filters, from the query string. Dates are DD/MM/YYYY days in Melbourne.</summary>
public sealed record SecurityEventSearch
{
    /// <summary>Part of the user's e-mail or name; an address with no account finds the sign-ins tried with it.</summary>
    public string? User { get; init; }

    public int? OrganisationId { get; init; }

    public string? Kind { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public int? Page { get; init; }
}

public sealed class SecurityEventSearchValidator : AbstractValidator<SecurityEventSearch>
{
    public SecurityEventSearchValidator()
    {
        this.DayRange(s => s.From, s => s.To, "from", "to", fromExample: "23/11/2026");
        RuleFor(s => s.Kind).Must(k => SecurityEventKinds.Find(k) is not null).When(s => !string.IsNullOrEmpty(s.Kind))
            .WithMessage("Choose a kind of event from the list.");
    }
}

public sealed record SecurityEventRow(
    DateTimeOffset OccurredAt, string? UserName, int? OrganisationId, string Action, string EntityType, string EntityId, string? Details, string? IpAddress);

public sealed record SecurityEventsPage(SecurityEventSearch Search, PageOf<SecurityEventRow>? Results, IReadOnlyDictionary<int, string> Organisations);

/// <summary>Reads the security events of the audit log, newest first, by user, organisation, kind and day.</summary>
public sealed class SearchSecurityEvents(CimsDbContext db, UnknownAccounts unknown)
{
    public async Task<SecurityEventsPage> RunAsync(SecurityEventSearch search, bool valid, CancellationToken ct) =>
        new(search, valid ? await (await FilterAsync(search)).ToPageAsync(search.Page, ct) : null, await OrganisationsAsync(ct));

    public Task<Dictionary<int, string>> OrganisationsAsync(CancellationToken ct) =>
        db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    public async Task<IQueryable<SecurityEventRow>> FilterAsync(SecurityEventSearch search)
    {
        var actions = SecurityEventKinds.Find(search.Kind)?.Actions ?? SecurityEventKinds.Actions;
        var query = db.AuditEntries.AsNoTracking().Where(a => actions.Contains(a.Action)).OnDays(search.From, search.To);
        if (search.OrganisationId is { } organisation)
            query = query.Where(a => a.OrganisationId == organisation);
        if (search.User.SearchTerm() is { } term)
        {
            var key = term.Contains('@', StringComparison.Ordinal) ? await unknown.KeyAsync(term) : term.ToUpperInvariant();
#pragma warning disable CA1304, CA1311 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
            var named = db.Users.Where(u => u.DisplayName.ToLower().Contains(term)).Select(u => u.Id);
            query = query.Where(a => (a.UserName != null && a.UserName.ToLower().Contains(term)) || named.Contains(a.UserId)
                || (a.EntityType == UnknownAccounts.EntityType && a.EntityId == key));
#pragma warning restore CA1304, CA1311
        }

        return query.NewestFirst()
            .Select(a => new SecurityEventRow(a.OccurredAt, a.UserName, a.OrganisationId, a.Action, a.EntityType, a.EntityId, a.Details, a.IpAddress));
    }
}
