using System.Diagnostics;
using System.Linq.Expressions;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// Builds the dashboards' summary afresh from the register (docs/adr/0023): every reported incident counted into its
/// cell (month occurred × organisation × area × program × service type × primary type × impact) with each measure the
/// tiles show, judged by the same queries the live tiles and the drill-down lists use (<see cref="FollowUpTerms"/>,
/// <see cref="WorkMeasures"/>, <see cref="AnalysisScope"/>), as at one moment. The old summary is replaced in one
/// transaction, so a dashboard reads the old one or the new one, never half of either.
/// </summary>
public sealed class BuildAnalysisSummary(CimsDbContext db, TimeProvider time)
{
    public async Task<AnalysisSummaryState> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var cells = new Dictionary<CellKey, AnalysisCell>();
        var findings = new Dictionary<(CellKey, string), AnalysisFindingCell>();
        await CountAsync(db, now, cells, findings, ct);
        RollUp(cells, findings);
        var state = new AnalysisSummaryState
        {
            BuiltAt = now,
            Incidents = cells.Values.Where(c => c.Level == CellLevel.Base).Sum(c => c.Incidents),
            Cells = cells.Count,
            BuildMilliseconds = (int)clock.ElapsedMilliseconds,
        };
        await SummaryStore.ReplaceAsync(db, cells.OrderBy(c => c.Key).Select(c => c.Value), findings.OrderBy(f => f.Key).Select(f => f.Value), state, ct);
        return state;
    }

    private static async Task CountAsync(
        CimsDbContext db, DateTimeOffset now, Dictionary<CellKey, AnalysisCell> cells, Dictionary<(CellKey, string), AnalysisFindingCell> findings, CancellationToken ct)
    {
        var incidents = AnalysisScope.Reported(db.Incidents.AsNoTracking());
        var rows = incidents.Select(CellRow.Of);
        AnalysisCell Cell(CellKey key) => cells.TryGetValue(key, out var cell) ? cell : cells[key] = key.NewCell();

        await AddAsync(incidents.Select(CellRow.With(i => i.DueAt != null ? 1 : 0, i => i.DueAt != null && i.SubmittedAt <= i.DueAt ? 1 : 0)), (key, due, onTime, n) =>
        {
            var cell = Cell(key);
            cell.Incidents += n;
            cell.ReportsDue += due * n;
            cell.ReportsOnTime += onTime * n;
        }, ct);
        await AddAsync(incidents.Where(AnalysisScope.WithAboriginalClient).Select(CellRow.Of), (key, _, _, n) => Cell(key).AboriginalClient += n, ct);
        await AddAsync(SubjectRoles(incidents).JoinRows(rows, p => p.Id, p => p.Role, p => 0), (key, role, _, n) =>
        {
            var cell = Cell(key);
            _ = (SubjectOfAllegationRole)role switch
            {
                SubjectOfAllegationRole.Staff => cell.SubjectStaff += n,
                SubjectOfAllegationRole.Carer => cell.SubjectCarer += n,
                SubjectOfAllegationRole.Client => cell.SubjectClient += n,
                SubjectOfAllegationRole.Other => cell.SubjectOther += n,
                _ => cell.SubjectUnknown += n,
            };
        }, ct);
        await AddAsync(FollowUpTerms.Work(db, now).Where(f => f.Time != WorkTime.Pending).JoinRows(rows, f => f.IncidentId, f => (int)f.Kind, f => (int)f.Time), (key, kind, at, n) =>
            AddWork(Cell(key), (WorkKind)kind, (WorkTime)at, n), ct);
        await AddAsync(WorkMeasures.Where(incidents, db, WorkMeasure.OutcomeOnTime, now).Select(CellRow.Of), (key, _, _, n) => Cell(key).OutcomesOnTime += n, ct);
        await AddAsync(WorkMeasures.Where(incidents, db, WorkMeasure.OutcomeLate, now).Select(CellRow.Of), (key, _, _, n) => Cell(key).OutcomesLate += n, ct);
        await AddAsync(FollowUpTerms.Extensions(db).JoinRows(rows, e => e.IncidentId, ExtensionOrdinal, e => 0), (key, status, _, n) =>
        {
            var cell = Cell(key);
            cell.ExtensionsRequested += n;
            _ = (ExtensionStatus)status switch
            {
                ExtensionStatus.Pending => cell.ExtensionsPending += n,
                ExtensionStatus.Approved => cell.ExtensionsApproved += n,
                ExtensionStatus.Declined => cell.ExtensionsDeclined += n,
                _ => 0,
            };
        }, ct);
        var today = DateOnly.FromDateTime(now.ToMelbourne().DateTime);
        await AddAsync(FollowUpTerms.Actions(db, today).JoinRows(rows, a => a.IncidentId, ActionOrdinal, a => a.Overdue ? 1 : 0), (key, status, overdue, n) =>
            AddAction(Cell(key), (RecommendationStatus)status, overdue == 1, n), ct);
        await AddFindingsAsync(db, incidents, findings, ct);
    }

    /// <summary>Adds the roll-ups of the base cells: by organisation alone, and by organisation and each other part; findings by organisation.</summary>
    private static void RollUp(Dictionary<CellKey, AnalysisCell> cells, Dictionary<(CellKey, string), AnalysisFindingCell> findings)
    {
        foreach (var (key, cell) in cells.ToList())
        {
            foreach (var level in Enum.GetValues<CellLevel>().Where(l => l != CellLevel.Base))
            {
                var at = key.In(level);
                (cells.TryGetValue(at, out var rolled) ? rolled : cells[at] = at.NewCell()).Add(cell);
            }
        }

        foreach (var ((key, type), finding) in findings.ToList())
        {
            var at = (key.In(CellLevel.Organisation), type);
            var rolled = findings.TryGetValue(at, out var found) ? found : findings[at] = at.Item1.NewFindingCell(type);
            rolled.Findings += finding.Findings;
            rolled.Substantiated += finding.Substantiated;
        }
    }

    private static void AddWork(AnalysisCell cell, WorkKind kind, WorkTime at, int n)
    {
        var investigation = kind == WorkKind.Investigation;
        if (at == WorkTime.OnTime)
        {
            _ = investigation ? cell.InvestigationsOnTime += n : cell.ReviewsOnTime += n;
            return;
        }

        _ = investigation ? cell.InvestigationsLate += n : cell.ReviewsLate += n;
        if (at == WorkTime.Overdue)
            _ = investigation ? cell.InvestigationsOverdue += n : cell.ReviewsOverdue += n;
    }

    private static void AddAction(AnalysisCell cell, RecommendationStatus status, bool overdue, int n)
    {
        cell.Actions += n;
        _ = status switch
        {
            RecommendationStatus.Done => cell.ActionsDone += n,
            RecommendationStatus.NotAccepted => cell.ActionsNotAccepted += n,
            _ => cell.ActionsOpen += n,
        };
        if (overdue)
            cell.ActionsOverdue += n;
    }

    /// <summary>Counts the rows by cell and by A and B: one grouped query.</summary>
    private static async Task AddAsync(IQueryable<CellRow> rows, Action<CellKey, int, int, int> add, CancellationToken ct)
    {
        var groups = await rows
            .GroupBy(r => new { r.Department, r.Year, r.Month, r.OrganisationId, r.AreaId, r.ProgramId, r.ServiceTypeId, r.TypeId, r.Impact, r.A, r.B })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var g in groups)
            add(CellKey.Of(g.Key.Department, g.Key.Year, g.Key.Month, g.Key.OrganisationId, g.Key.AreaId, g.Key.ProgramId, g.Key.ServiceTypeId, g.Key.TypeId, g.Key.Impact), g.Key.A, g.Key.B, g.Count);
    }

    /// <summary>The allegations with a finding, by cell and the allegation's type, as the substantiation tile counts them.</summary>
    private static async Task AddFindingsAsync(CimsDbContext db, IQueryable<Incident> incidents, Dictionary<(CellKey, string), AnalysisFindingCell> findings, CancellationToken ct)
    {
        var groups = await (
            from r in incidents.Select(CellRow.Of)
            join v in db.Investigations on r.IncidentId equals v.IncidentId
            from a in v.Allegations
            where a.Finding != null
            group a by new { r.Department, r.Year, r.Month, r.OrganisationId, r.AreaId, r.ProgramId, r.ServiceTypeId, r.TypeId, r.Impact, a.IncidentType } into g
            select new { g.Key, Findings = g.Count(), Substantiated = g.Count(a => a.Finding == AllegationFinding.Substantiated) })
            .ToListAsync(ct);
        foreach (var g in groups)
        {
            var key = CellKey.Of(g.Key.Department, g.Key.Year, g.Key.Month, g.Key.OrganisationId, g.Key.AreaId, g.Key.ProgramId, g.Key.ServiceTypeId, g.Key.TypeId, g.Key.Impact);
            var cell = findings.TryGetValue((key, g.Key.IncidentType), out var found) ? found : findings[(key, g.Key.IncidentType)] = key.NewFindingCell(g.Key.IncidentType);
            cell.Findings += g.Findings;
            cell.Substantiated += g.Substantiated;
        }
    }

    /// <summary>Each incident once per role it has a subject of allegation in (as the subject-role tile counts).</summary>
    private static IQueryable<RoleOfIncident> SubjectRoles(IQueryable<Incident> incidents) =>
        incidents.SelectMany(
                i => i.Others.Where(o => o.Role == OtherPersonRole.SubjectOfAllegation && o.AllegationRole != null),
                (i, o) => new RoleOfIncident
                {
                    Id = i.Id,
                    Role = o.AllegationRole == SubjectOfAllegationRole.Staff ? (int)SubjectOfAllegationRole.Staff
                        : o.AllegationRole == SubjectOfAllegationRole.Carer ? (int)SubjectOfAllegationRole.Carer
                        : o.AllegationRole == SubjectOfAllegationRole.Client ? (int)SubjectOfAllegationRole.Client
                        : o.AllegationRole == SubjectOfAllegationRole.Other ? (int)SubjectOfAllegationRole.Other
                        : (int)SubjectOfAllegationRole.Unknown,
                })
            .Distinct();

    private static readonly Expression<Func<ExtensionFact, int>> ExtensionOrdinal = e =>
        e.Status == ExtensionStatus.Pending ? (int)ExtensionStatus.Pending
        : e.Status == ExtensionStatus.Approved ? (int)ExtensionStatus.Approved
        : e.Status == ExtensionStatus.Declined ? (int)ExtensionStatus.Declined
        : -1;

    private static readonly Expression<Func<ActionFact, int>> ActionOrdinal = a =>
        a.Status == RecommendationStatus.Done ? (int)RecommendationStatus.Done
        : a.Status == RecommendationStatus.NotAccepted ? (int)RecommendationStatus.NotAccepted
        : a.Status == RecommendationStatus.InProgress ? (int)RecommendationStatus.InProgress
        : (int)RecommendationStatus.Open;

    public sealed class RoleOfIncident
    {
        public int Id { get; init; }

        public int Role { get; init; }
    }
}
