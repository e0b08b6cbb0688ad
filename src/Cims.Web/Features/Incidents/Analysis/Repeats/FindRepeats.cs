using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Repeats;

/// <summary>
/// Finds the clients and subjects of allegation in two or more of the incidents the filters select (within what the
/// user may see). A client matches on the same identifier (type and value, ignoring case and spaces around it) or on the
/// same given name, surname (ignoring case) and date of birth; records joined by either are one person. A subject of
/// allegation matches on the same full name (at least two words: a single word such as "Unknown" is not a name).
/// The database finds the repeated matches; only their records are read.
/// </summary>
public sealed class FindRepeats(CimsDbContext db, TimeProvider time, Pseudonyms pseudonyms)
{
    public async Task<IReadOnlyList<RepeatGroup>> RunAsync(AnalysisFilters filters, RepeatPerson person, ClaimsPrincipal user, CancellationToken ct)
    {
        var incidents = AnalysisScope.Filtered(db, user, filters, time.GetUtcNow()).AsNoTracking();
        var key = await pseudonyms.ForAsync(ct);
        var groups = person == RepeatPerson.Clients ? await ClientsAsync(incidents, key, ct) : await SubjectsAsync(incidents, key, ct);
        return [.. groups.OrderByDescending(g => g.Organisations).ThenByDescending(g => g.Incidents.Count).ThenByDescending(g => g.Last).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    private static async Task<List<RepeatGroup>> ClientsAsync(IQueryable<Incident> incidents, Func<RepeatPerson, string, string> key, CancellationToken ct)
    {
        var keyed = PersonRecords.Clients(incidents);
        var repeatedIds = keyed.Where(k => k.IdKey != null).GroupBy(k => k.IdKey)
            .Where(g => g.Select(k => k.IncidentId).Distinct().Count() > 1).Select(g => g.Key);
        var repeatedNames = keyed.Where(k => k.NameKey != null).GroupBy(k => new { k.NameKey, k.DateOfBirth })
            .Where(g => g.Select(k => k.IncidentId).Distinct().Count() > 1).Select(g => g.Key);
        // The repeated matches first (small lists), then only their records: one array parameter each, no correlated subquery.
        var ids = (await repeatedIds.ToListAsync(ct)).OfType<string>().ToList();
        var names = (await repeatedNames.ToListAsync(ct)).Select(n => (n.NameKey, n.DateOfBirth)).ToHashSet();
        var nameKeys = names.Select(n => n.NameKey).Distinct().ToList();
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        var records = (await keyed.Where(k => ids.Contains(k.IdKey!) || nameKeys.Contains(k.NameKey!)).ToListAsync(ct))
            .Where(k => (k.IdKey is not null && idSet.Contains(k.IdKey)) || names.Contains((k.NameKey, k.DateOfBirth))).ToList();
        return Group(records, r => [r.IdKey is null ? null : "id|" + r.IdKey, r.NameKey is null ? null : $"name|{r.NameKey}|{r.DateOfBirth:yyyy-MM-dd}"], RepeatPerson.Clients, key);
    }

    private static async Task<List<RepeatGroup>> SubjectsAsync(IQueryable<Incident> incidents, Func<RepeatPerson, string, string> key, CancellationToken ct)
    {
        var keyed = PersonRecords.Subjects(incidents);
        var repeated = keyed.GroupBy(k => k.NameKey).Where(g => g.Select(k => k.IncidentId).Distinct().Count() > 1).Select(g => g.Key);
        var names = (await repeated.ToListAsync(ct)).OfType<string>().ToList();
        var records = await keyed.Where(k => names.Contains(k.NameKey!)).ToListAsync(ct);
        return Group(records, r => ["name|" + r.NameKey], RepeatPerson.Subjects, key);
    }

    /// <summary>Joins the records that share any match (a union-find over their matches), and keeps the people in two incidents or more.</summary>
    private static List<RepeatGroup> Group(List<PersonRecord> records, Func<PersonRecord, string?[]> matches, RepeatPerson person, Func<RepeatPerson, string, string> key)
    {
        var parent = Enumerable.Range(0, records.Count).ToArray();
        int Root(int x)
        {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var match in matches(records[i]).OfType<string>())
            {
                if (first.TryGetValue(match, out var other))
                    parent[Root(i)] = Root(other);
                else
                    first[match] = i;
            }
        }

        return [.. Enumerable.Range(0, records.Count).GroupBy(Root)
            .Select(g => g.Select(i => records[i]).ToList())
            .Where(g => g.Select(r => r.IncidentId).Distinct().Count() > 1)
            .Select(g => new RepeatGroup(
                key(person, g.SelectMany(matches).OfType<string>().Order(StringComparer.Ordinal).First()),
                person,
                [.. g.DistinctBy(r => r.IncidentId).OrderBy(r => r.OccurredOn).ThenBy(r => r.IncidentId).Select(r => new RepeatIncident(r.IncidentId, r.Number, r.OccurredOn, r.OrganisationId))],
                [.. g.Where(r => r.Role is not null).Select(r => Report.People.OtherStep.AllegationRoleText(r.Role!.Value)).Distinct()],
                [.. g.Select(r => new RecordedAs(r.IncidentId, r.Name.Trim(), r.DateOfBirth, r.Identifier, r.Role is { } role ? Report.People.OtherStep.AllegationRoleText(role) : null))]))];
    }
}
