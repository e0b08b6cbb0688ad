using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// One incident behind a figure, de-identified: its number, when it occurred and was submitted, who reported it,
/// where, what and how serious, and where it is. No client, subject or officer is named.
/// </summary>
public sealed record AnalysisIncidentRow(
    int Id, string? Number, DateOnly? OccurredOn, DateTimeOffset? SubmittedAt, int OrganisationId, int? AreaId, int? ProgramId, int? ServiceTypeId,
    int? TypeId, ImpactLevel? Impact, IncidentStatus Status);

public sealed record AnalysisIncidentsPage(AnalysisFilters Filters, AnalysisLookups Names, PageOf<AnalysisIncidentRow>? Results, bool Deidentified);

/// <summary>The incidents the filters select (what a tile's row counts), newest first, 25 to a page; and all of them for the CSV.</summary>
public sealed class ListAnalysisIncidents(CimsDbContext db, TimeProvider time)
{
    public async Task<AnalysisIncidentsPage> RunAsync(AnalysisFilters filters, bool valid, ClaimsPrincipal user, CancellationToken ct)
    {
        var names = await NamesAsync(user, ct);
        var results = valid ? await Rows(filters, user).ToPageAsync(filters.Page, ct) : null;
        return new AnalysisIncidentsPage(filters, names, results, AnalysisScope.IsDeidentified(user));
    }

    public Task<AnalysisLookups> NamesAsync(ClaimsPrincipal user, CancellationToken ct) => AnalysisLookups.ForAsync(db, user, ct);

    /// <summary>Every row, read as the CSV writes it (not buffered).</summary>
    public IAsyncEnumerable<AnalysisIncidentRow> AllAsync(AnalysisFilters filters, ClaimsPrincipal user) => Rows(filters, user).AsAsyncEnumerable();

    private IQueryable<AnalysisIncidentRow> Rows(AnalysisFilters filters, ClaimsPrincipal user) =>
        AnalysisScope.Filtered(db, user, filters, time.GetUtcNow()).AsNoTracking()
            .OrderByDescending(i => i.Dates!.OccurredOn).ThenByDescending(i => i.Id)
            .Select(i => new AnalysisIncidentRow(
                i.Id, i.Number, (DateOnly?)i.Dates!.OccurredOn, i.SubmittedAt, i.OrganisationId, (int?)i.Service!.AreaId, (int?)i.Service!.ProgramId,
                (int?)i.Service!.ServiceTypeId, (int?)i.Details!.PrimaryTypeId, (ImpactLevel?)i.Details!.Impact, i.Status));
}
