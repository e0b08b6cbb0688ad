using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Duplicates;

/// <summary>Two reports that may be the same incident, as the list shows them.</summary>
public sealed record DuplicatePair(
    int Id, string? Number, int OrganisationId, string? Suburb, string? Postcode,
    int OtherId, string? OtherNumber, int OtherOrganisationId, string? OtherSuburb, string? OtherPostcode, DateOnly OccurredOn);

/// <summary>One of the two reports, for the decision page (department staff have a case need: names are shown).</summary>
public sealed record DuplicateSide(int Id, string? Number, int OrganisationId, DateOnly OccurredOn, string Address, int TypeId, ImpactLevel Impact, IReadOnlyList<string> Clients);

/// <summary>A suggested pair with both sides and how the client matched, or the decision already made.</summary>
public sealed record DuplicateCase(DuplicateSide One, DuplicateSide Other, IReadOnlyList<string> MatchedOn, DuplicateDecision? Decision);

/// <summary>
/// Likely duplicates across providers (domain reference §10; ADR 0021): two reports by different organisations of
/// the same client (same identifier, or same name and date of birth) on the same day, at the same suburb or postcode
/// of service. Pairs already linked or dismissed are not suggested again. The database finds the pairs.
/// </summary>
public sealed class FindDuplicates(CimsDbContext db, TimeProvider time)
{
    public Task<PageOf<DuplicatePair>> ListAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        var pairs = Pairs(filters, user).Where(p => !db.DuplicateDecisions.Any(d => d.IncidentId == p.A && d.OtherIncidentId == p.B));
        return (
            from p in pairs
            join a in db.Incidents on p.A equals a.Id
            join b in db.Incidents on p.B equals b.Id
            orderby a.Dates!.OccurredOn descending, p.A, p.B
            select new DuplicatePair(
                a.Id, a.Number, a.OrganisationId, a.Service!.ServiceAddress.Suburb, a.Service!.ServiceAddress.Postcode,
                b.Id, b.Number, b.OrganisationId, b.Service!.ServiceAddress.Suburb, b.Service!.ServiceAddress.Postcode, a.Dates!.OccurredOn))
            .AsNoTracking().ToPageAsync(filters.Page, ct);
    }

    /// <summary>The pair with both reports, if it is suggested or decided; null otherwise.</summary>
    public async Task<DuplicateCase?> CaseAsync(int one, int other, ClaimsPrincipal user, CancellationToken ct)
    {
        var (a, b) = (Math.Min(one, other), Math.Max(one, other));
        var decision = await db.DuplicateDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.IncidentId == a && d.OtherIncidentId == b, ct);
        var theTwo = AnalysisScope.Incidents(db, user).Where(i => i.Id == a || i.Id == b);
        if (decision is null && !await PairsOf(theTwo).AnyAsync(p => p.A == a && p.B == b, ct))
            return null;
        var incidents = await db.VisibleIncidents(user).AsNoTracking().Where(i => i.Id == a || i.Id == b).OrderBy(i => i.Id).ToListAsync(ct);
        if (incidents.Count != 2)
            return null;
        var sides = incidents.Select(i => new DuplicateSide(
            i.Id, i.Number, i.OrganisationId, i.Dates!.OccurredOn, i.Service!.ServiceAddress.ToString(), i.Details!.PrimaryTypeId, i.Details.Impact,
            [.. i.Clients.OrderBy(c => c.Position).Select(c => $"{c.FullName}{(c.DateOfBirth is { } born ? $", born {born:dd/MM/yyyy}" : "")}{(c.Identifier is null ? "" : $", {c.IdentifierType} {c.Identifier}")}")])).ToList();
        return new DuplicateCase(sides[0], sides[1], MatchedOn(incidents[0], incidents[1]), decision);
    }

    private static List<string> MatchedOn(Incident a, Incident b)
    {
        static string? Id(ClientInvolved c) => string.IsNullOrWhiteSpace(c.Identifier) ? null : $"{c.IdentifierType}|{c.Identifier.Trim().ToUpperInvariant()}";
        static string? Name(ClientInvolved c) => c.DateOfBirth is null ? null : $"{c.GivenName.Trim().ToLowerInvariant()}|{c.Surname.Trim().ToLowerInvariant()}|{c.DateOfBirth}";
        var found = new List<string>();
        foreach (var c in a.Clients)
        {
            foreach (var d in b.Clients)
            {
                if (Id(c) is { } id && id == Id(d))
                    found.Add($"{c.FullName} and {d.FullName}: the same identifier ({c.IdentifierType} {c.Identifier!.Trim()})");
                else if (Name(c) is { } name && name == Name(d))
                    found.Add($"{c.FullName} and {d.FullName}: the same name and date of birth");
            }
        }

        return found;
    }

    /// <summary>The (lower id, higher id) pairs of the filtered incidents: one client, one day, one place, two organisations.</summary>
    private IQueryable<IdPair> Pairs(AnalysisFilters filters, ClaimsPrincipal user) => PairsOf(AnalysisScope.Filtered(db, user, filters, time.GetUtcNow()));

    private static IQueryable<IdPair> PairsOf(IQueryable<Incident> incidents)
    {
        var clients = PersonRecords.Clients(incidents);
        var byIdentifier =
            from a in clients.Where(c => c.IdKey != null)
            join b in clients.Where(c => c.IdKey != null) on new { a.OccurredOn, Key = a.IdKey } equals new { b.OccurredOn, Key = b.IdKey }
            where a.IncidentId < b.IncidentId && a.OrganisationId != b.OrganisationId && (a.Postcode == b.Postcode || a.Suburb == b.Suburb)
            select new IdPair { A = a.IncidentId, B = b.IncidentId };
        var byName =
            from a in clients.Where(c => c.NameKey != null)
            join b in clients.Where(c => c.NameKey != null) on new { a.OccurredOn, Key = a.NameKey, Born = a.DateOfBirth } equals new { b.OccurredOn, Key = b.NameKey, Born = b.DateOfBirth }
            where a.IncidentId < b.IncidentId && a.OrganisationId != b.OrganisationId && (a.Postcode == b.Postcode || a.Suburb == b.Suburb)
            select new IdPair { A = a.IncidentId, B = b.IncidentId };
        return byIdentifier.Union(byName);
    }

    private sealed class IdPair
    {
        public int A { get; init; }

        public int B { get; init; }
    }
}
