using System.Linq.Expressions;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>One organisation's sums over the summary's cells, for the tiles that count by organisation.</summary>
public sealed record OrganisationSums(
    int OrganisationId, int Incidents, int AboriginalClient, int SubjectStaff, int SubjectCarer, int SubjectClient, int SubjectOther, int SubjectUnknown, int ReportsDue, int ReportsOnTime, int InvestigationsOnTime, int InvestigationsLate, int ReviewsOnTime, int ReviewsLate,
    int OutcomesOnTime, int OutcomesLate, int InvestigationsOverdue, int ReviewsOverdue, int ExtensionsRequested, int ExtensionsPending,
    int ExtensionsApproved, int ExtensionsDeclined, int Actions, int ActionsDone, int ActionsNotAccepted, int ActionsOpen, int ActionsOverdue);

/// <summary>The tiles' figures read from the summary's cells: the same figures the live queries count, as at its build.</summary>
public static class SummaryCounts
{
    /// <summary>Incidents by one dimension (key and count, as the volume projection's live queries give them).</summary>
    public static async Task<List<(int Key, int Count)>> VolumeAsync(IQueryable<AnalysisCell> cells, Dimension dimension, CimsDbContext db, CancellationToken ct) =>
        dimension switch
        {
            Dimension.Year => await SumAsync(cells, c => c.OccurredMonth / 100, ct),
            Dimension.Division => await SumAsync(cells.Join(db.Areas, c => c.AreaId, a => a.Id, (c, a) => new KeyedCount { Key = a.DivisionId, Count = c.Incidents }), ct),
            Dimension.Area => await SumAsync(cells, c => c.AreaId, ct),
            Dimension.Program => await SumAsync(cells, c => c.ProgramId, ct),
            Dimension.ServiceType => await SumAsync(cells, c => c.ServiceTypeId, ct),
            Dimension.IncidentType => await SumAsync(cells, c => c.TypeId, ct),
            Dimension.Impact => await SumAsync(cells, c => c.Impact, ct),
            _ => await SumAsync(cells, c => c.OrganisationId, ct),
        };

    /// <summary>The tiles by organisation, subject role or Aboriginal clients, from the sums by organisation (no query of their own).</summary>
    public static List<(int Key, int Count)>? FromOrganisations(IReadOnlyList<OrganisationSums> sums, Dimension dimension) => dimension switch
    {
        Dimension.Organisation => [.. sums.Where(s => s.Incidents > 0).Select(s => (s.OrganisationId, s.Incidents))],
        Dimension.Aboriginal => [.. new[] { (1, sums.Sum(s => s.AboriginalClient)), (0, sums.Sum(s => s.Incidents - s.AboriginalClient)) }.Where(c => c.Item2 > 0)],
        Dimension.SubjectRole => [.. new[]
        {
            ((int)SubjectOfAllegationRole.Staff, sums.Sum(s => s.SubjectStaff)), ((int)SubjectOfAllegationRole.Carer, sums.Sum(s => s.SubjectCarer)),
            ((int)SubjectOfAllegationRole.Client, sums.Sum(s => s.SubjectClient)), ((int)SubjectOfAllegationRole.Other, sums.Sum(s => s.SubjectOther)),
            ((int)SubjectOfAllegationRole.Unknown, sums.Sum(s => s.SubjectUnknown)),
        }.Where(c => c.Item2 > 0)],
        _ => null,
    };

    /// <summary>Every measure per organisation, for the organisations with anything to count.</summary>
    public static Task<List<OrganisationSums>> ByOrganisationAsync(IQueryable<AnalysisCell> cells, CancellationToken ct) =>
        cells.GroupBy(c => c.OrganisationId).Select(g => new OrganisationSums(
                g.Key, g.Sum(c => c.Incidents), g.Sum(c => c.AboriginalClient), g.Sum(c => c.SubjectStaff), g.Sum(c => c.SubjectCarer),
                g.Sum(c => c.SubjectClient), g.Sum(c => c.SubjectOther), g.Sum(c => c.SubjectUnknown), g.Sum(c => c.ReportsDue), g.Sum(c => c.ReportsOnTime), g.Sum(c => c.InvestigationsOnTime), g.Sum(c => c.InvestigationsLate),
                g.Sum(c => c.ReviewsOnTime), g.Sum(c => c.ReviewsLate), g.Sum(c => c.OutcomesOnTime), g.Sum(c => c.OutcomesLate),
                g.Sum(c => c.InvestigationsOverdue), g.Sum(c => c.ReviewsOverdue), g.Sum(c => c.ExtensionsRequested), g.Sum(c => c.ExtensionsPending),
                g.Sum(c => c.ExtensionsApproved), g.Sum(c => c.ExtensionsDeclined), g.Sum(c => c.Actions), g.Sum(c => c.ActionsDone),
                g.Sum(c => c.ActionsNotAccepted), g.Sum(c => c.ActionsOpen), g.Sum(c => c.ActionsOverdue)))
            .ToListAsync(ct);

    /// <summary>Allegations with a finding and those substantiated, by the allegation's type.</summary>
    public static async Task<List<(string Type, int Findings, int Substantiated)>> FindingsAsync(IQueryable<AnalysisFindingCell> cells, CancellationToken ct)
    {
        var rows = await cells.GroupBy(c => c.AllegationType)
            .Select(g => new { g.Key, Findings = g.Sum(c => c.Findings), Substantiated = g.Sum(c => c.Substantiated) })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Key, r.Findings, r.Substantiated))];
    }

    private static Task<List<(int Key, int Count)>> SumAsync(IQueryable<AnalysisCell> cells, Expression<Func<AnalysisCell, int>> key, CancellationToken ct) =>
        SumAsync(cells.Select(Keyed(key)), ct);

    private static async Task<List<(int Key, int Count)>> SumAsync(IQueryable<KeyedCount> rows, CancellationToken ct)
    {
        var sums = await rows.GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(ct);
        return [.. sums.Where(s => s.Count > 0).Select(s => (s.Key, s.Count))];
    }

    /// <summary><c>c => new KeyedCount { Key = key(c), Count = c.Incidents }</c>.</summary>
    private static Expression<Func<AnalysisCell, KeyedCount>> Keyed(Expression<Func<AnalysisCell, int>> key) =>
        Expression.Lambda<Func<AnalysisCell, KeyedCount>>(
            Expression.MemberInit(
                Expression.New(typeof(KeyedCount)),
                Expression.Bind(typeof(KeyedCount).GetProperty(nameof(KeyedCount.Key))!, key.Body),
                Expression.Bind(typeof(KeyedCount).GetProperty(nameof(KeyedCount.Count))!, Expression.Property(key.Parameters[0], nameof(AnalysisCell.Incidents)))),
            key.Parameters[0]);

    public sealed class KeyedCount
    {
        public int Key { get; init; }

        public int Count { get; init; }
    }
}
