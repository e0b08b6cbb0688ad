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

public sealed record AnalysisIncidentsPage(AnalysisFilters Filters, AnalysisLookups Names, PageOf<AnalysisIncidentRow>? Results, bool Deidentified)
{
    /// <summary>When the count was taken, when it comes from the dashboards' summary (the rows are read now); null when counted now.</summary>
    public DateTimeOffset? CountedAt { get; init; }
}

/// <summary>
/// The incidents the filters select (what a tile's row counts), newest first, 25 to a page; and all of them for the CSV.
/// Where the dashboards' summary answers the filters, the list's size is the figure it was drilled from (counted at the
/// summary's build) and only the page's rows are read now: counting a million rows is what made the list slow.
/// </summary>
public sealed class ListAnalysisIncidents(CimsDbContext db, TimeProvider time, Summary.SummarySource summary)
{
    public async Task<AnalysisIncidentsPage> RunAsync(AnalysisFilters filters, bool valid, ClaimsPrincipal user, CancellationToken ct)
    {
        var names = await NamesAsync(user, ct);
        if (!valid)
            return new AnalysisIncidentsPage(filters, names, null, AnalysisScope.IsDeidentified(user));
        if (await summary.CellsAsync(filters, user, ct) is { } cells && await summary.StateAsync(ct) is { } state)
        {
            var counted = await cells.SumAsync(c => c.Incidents, ct);
            var page = await Rows(filters, user).ToPageCountedEarlierAsync(filters.Page, counted, ct);
            return new AnalysisIncidentsPage(filters, names, page, AnalysisScope.IsDeidentified(user)) { CountedAt = state.BuiltAt };
        }

        return new AnalysisIncidentsPage(filters, names, await Rows(filters, user).ToPageAsync(filters.Page, ct), AnalysisScope.IsDeidentified(user));
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
