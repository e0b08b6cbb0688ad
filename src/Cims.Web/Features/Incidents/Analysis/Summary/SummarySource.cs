using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// Whether the dashboard's figures for these filters can be read from the summary, and its cells when they can. The
/// summary answers when it has been built and the filters are ones it keeps: dates on the day occurred, whole months
/// (or up to today), and any of division, area, program, service type, organisation, type and impact. Anything else
/// (dates submitted, part months, the drill-down filters such as a subject role or a work state) is counted live.
/// </summary>
public sealed class SummarySource(CimsDbContext db, Microsoft.Extensions.Options.IOptions<AnalysisOptions> options)
{
    private readonly Dictionary<AnalysisFilters, List<OrganisationSums>?> _byOrganisation = [];
    private AnalysisSummaryState? _state;
    private bool _read;

    /// <summary>The summary's state, read once per request; null before it is first built, or when the summary is turned off.</summary>
    public async Task<AnalysisSummaryState?> StateAsync(CancellationToken ct)
    {
        if (!_read && options.Value.SummaryMinutes > 0)
        {
            _state = await db.AnalysisSummaries.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
            _read = true;
        }

        return _state;
    }

    /// <summary>When the figures were counted: the summary's build when it answers these filters, else null (counted now).</summary>
    public async Task<DateTimeOffset?> AsAtAsync(AnalysisFilters filters, CancellationToken ct) =>
        await StateAsync(ct) is { } state && Answers(filters, state) ? state.BuiltAt : null;

    /// <summary>
    /// The cells the user may see that the filters select, or null when the figures must be counted live; from the
    /// smallest roll-up that holds the filters and what the tile counts <paramref name="by"/>.
    /// </summary>
    public async Task<IQueryable<AnalysisCell>?> CellsAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct, Dimension? by = null) =>
        await StateAsync(ct) is { } state && Answers(filters, state) ? Filtered(db.AnalysisCells.AsNoTracking(), LevelFor(filters, by), filters, user) : null;

    /// <summary>The figures of every organisation-counted tile, read once per request and filter set.</summary>
    public async Task<List<OrganisationSums>?> ByOrganisationAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct)
    {
        if (_byOrganisation.TryGetValue(filters, out var kept))
            return kept;
        var sums = await CellsAsync(filters, user, ct) is { } cells ? await SummaryCounts.ByOrganisationAsync(cells, ct) : null;
        _byOrganisation[filters] = sums;
        return sums;
    }

    /// <summary>
    /// The parts a view needs besides the month and organisation (those its filters and its tile count by): with none,
    /// the organisation roll-up; with one, that part's roll-up; with more, the base cells.
    /// </summary>
    public static CellLevel LevelFor(AnalysisFilters f, Dimension? by)
    {
        var parts = new HashSet<CellLevel>();
        if (f.DivisionId is not null || f.AreaId is not null || by is Dimension.Division or Dimension.Area)
            parts.Add(CellLevel.Area);
        if (f.ProgramId is not null || by is Dimension.Program)
            parts.Add(CellLevel.Program);
        if (f.ServiceTypeId is not null || by is Dimension.ServiceType)
            parts.Add(CellLevel.ServiceType);
        if (f.TypeId is not null || by is Dimension.IncidentType)
            parts.Add(CellLevel.Type);
        if (f.Impact is not null || by is Dimension.Impact)
            parts.Add(CellLevel.Impact);
        return parts.Count switch
        {
            0 => CellLevel.Organisation,
            1 => parts.Single(),
            _ => CellLevel.Base,
        };
    }

    /// <summary>The allegation findings of the same cells.</summary>
    public async Task<IQueryable<AnalysisFindingCell>?> FindingsAsync(AnalysisFilters filters, ClaimsPrincipal user, CancellationToken ct) =>
        await StateAsync(ct) is { } state && Answers(filters, state)
            ? Filtered(db.AnalysisFindingCells.AsNoTracking(), LevelFor(filters, null) == CellLevel.Organisation ? CellLevel.Organisation : CellLevel.Base, filters, user)
            : null;

    private IQueryable<T> Filtered<T>(IQueryable<T> cells, CellLevel level, AnalysisFilters filters, ClaimsPrincipal user)
        where T : class, ISummaryCell
    {
        cells = Scoped(cells.Where(c => c.Level == level), user);
        var (from, to) = Months(filters);
        if (from is { } first)
            cells = cells.Where(c => c.OccurredMonth >= first);
        if (to is { } last)
            cells = cells.Where(c => c.OccurredMonth <= last);
        if (filters.DivisionId is { } divisionId)
            cells = cells.Where(c => db.Areas.Any(a => a.Id == c.AreaId && a.DivisionId == divisionId));
        if (filters.AreaId is { } areaId)
            cells = cells.Where(c => c.AreaId == areaId);
        if (filters.ProgramId is { } programId)
            cells = cells.Where(c => c.ProgramId == programId);
        if (filters.ServiceTypeId is { } serviceTypeId)
            cells = cells.Where(c => c.ServiceTypeId == serviceTypeId);
        if (filters.OrganisationId is { } organisationId)
            cells = cells.Where(c => c.OrganisationId == organisationId);
        if (filters.TypeId is { } typeId)
            cells = cells.Where(c => c.TypeId == typeId);
        if (filters.Impact is { } impact)
            cells = cells.Where(c => c.Impact == (int)impact);
        return cells;
    }

    /// <summary>The department sees the incidents that reached it; an organisation all of its own.</summary>
    private static IQueryable<T> Scoped<T>(IQueryable<T> cells, ClaimsPrincipal user)
        where T : class, ISummaryCell
    {
        if (AnalysisScope.SeesEveryOrganisation(user))
            return cells.Where(c => c.Department == 1);
        var organisationId = user.OrganisationId();
        return cells.Where(c => c.OrganisationId == organisationId);
    }

    public static bool Answers(AnalysisFilters f, AnalysisSummaryState state)
    {
        if (f.SubjectRole is not null || f.Aboriginal is not null || !string.IsNullOrWhiteSpace(f.AllegationType) || f.Substantiated is not null
            || f.OnTime is not null || f.Work is not null)
            return false;
        if (f.FromDay is null && f.ToDay is null)
            return true;
        var builtOn = DateOnly.FromDateTime(state.BuiltAt.ToMelbourne().DateTime);
        return f.Basis == DateBasis.Occurred
            && (f.FromDay is not { } from || from.Day == 1)
            && (f.ToDay is not { } to || to.AddDays(1).Day == 1 || to >= builtOn);
    }

    private static (int? From, int? To) Months(AnalysisFilters f) =>
        ((f.FromDay is { } from ? (from.Year * 100) + from.Month : null), (f.ToDay is { } to ? (to.Year * 100) + to.Month : null));
}
