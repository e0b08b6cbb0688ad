using System.Linq.Expressions;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// One thing the summary counts (an incident, or a piece of its follow-up with its kind and state in
/// <see cref="A"/> and <see cref="B"/>) and the cell it counts in, as read from the database: a nullable column for
/// each part of the place, since an incident's sections are optional in the store.
/// </summary>
public sealed class CellRow
{
    public int IncidentId { get; init; }

    /// <summary>1 when the incident has reached the department (which sees only those), else 0.</summary>
    public int Department { get; init; }

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int OrganisationId { get; init; }

    public int? AreaId { get; init; }

    public int? ProgramId { get; init; }

    public int? ServiceTypeId { get; init; }

    public int? TypeId { get; init; }

    public ImpactLevel? Impact { get; init; }

    public int A { get; init; }

    public int B { get; init; }

    /// <summary>An incident and its place.</summary>
    public static readonly Expression<Func<Incident, CellRow>> Of = i => new CellRow
    {
        IncidentId = i.Id,
        Department = IncidentAccess.AtDepartment.Contains(i.Status) || i.SubmittedAt != null ? 1 : 0,
        Year = (int?)i.Dates!.OccurredOn.Year,
        Month = (int?)i.Dates!.OccurredOn.Month,
        OrganisationId = i.OrganisationId,
        AreaId = (int?)i.Service!.AreaId,
        ProgramId = (int?)i.Service!.ProgramId,
        ServiceTypeId = (int?)i.Service!.ServiceTypeId,
        TypeId = (int?)i.Details!.PrimaryTypeId,
        Impact = (ImpactLevel?)i.Details!.Impact,
        A = 0,
        B = 0,
    };

    /// <summary>
    /// <c>(fact, row) => row with A and B read from the fact</c>: joins a piece of follow-up to its incident's place.
    /// </summary>
    public static Expression<Func<TFact, CellRow, CellRow>> Tagged<TFact>(Expression<Func<TFact, int>> a, Expression<Func<TFact, int>> b)
    {
        var fact = Expression.Parameter(typeof(TFact), "f");
        var row = Expression.Parameter(typeof(CellRow), "r");
        var bindings = typeof(CellRow).GetProperties().Where(p => p.CanWrite)
            .Select(p => Expression.Bind(p, p.Name switch
            {
                nameof(A) => new Rebind(a.Parameters[0], fact).Visit(a.Body),
                nameof(B) => new Rebind(b.Parameters[0], fact).Visit(b.Body),
                _ => Expression.Property(row, p),
            }));
        return Expression.Lambda<Func<TFact, CellRow, CellRow>>(Expression.MemberInit(Expression.New(typeof(CellRow)), bindings), fact, row);
    }

    /// <summary><see cref="Of"/> with A and B read from the incident.</summary>
    public static Expression<Func<Incident, CellRow>> With(Expression<Func<Incident, int>> a, Expression<Func<Incident, int>> b)
    {
        var incident = Of.Parameters[0];
        var body = (MemberInitExpression)Of.Body;
        var bindings = body.Bindings.Where(b => b.Member.Name is not (nameof(A) or nameof(B))).Append(Expression.Bind(typeof(CellRow).GetProperty(nameof(A))!, new Rebind(a.Parameters[0], incident).Visit(a.Body)))
            .Append(Expression.Bind(typeof(CellRow).GetProperty(nameof(B))!, new Rebind(b.Parameters[0], incident).Visit(b.Body)));
        return Expression.Lambda<Func<Incident, CellRow>>(Expression.MemberInit(body.NewExpression, bindings), incident);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

public static class CellRows
{
    /// <summary>Joins pieces of follow-up to their incidents' places, with A and B read from each piece.</summary>
    public static IQueryable<CellRow> JoinRows<TFact>(
        this IQueryable<TFact> facts, IQueryable<CellRow> rows, Expression<Func<TFact, int>> incidentId, Expression<Func<TFact, int>> a, Expression<Func<TFact, int>> b) =>
        facts.Join(rows, incidentId, r => r.IncidentId, CellRow.Tagged(a, b));
}

/// <summary>A cell of the summary: the month (yyyymm, 0 unknown) and the ids (0 missing; impact −1 missing).</summary>
public readonly record struct CellKey(CellLevel Level, int Department, int OccurredMonth, int OrganisationId, int AreaId, int ProgramId, int ServiceTypeId, int TypeId, int Impact)
    : IComparable<CellKey>
{
    /// <summary>In the order of the table's key, so cells written in this order lie together as the dashboards read them.</summary>
    public int CompareTo(CellKey other) =>
        (Level, Department, OccurredMonth, OrganisationId, AreaId, ProgramId, ServiceTypeId, TypeId, Impact)
            .CompareTo((other.Level, other.Department, other.OccurredMonth, other.OrganisationId, other.AreaId, other.ProgramId, other.ServiceTypeId, other.TypeId, other.Impact));

    public static CellKey Of(int department, int? year, int? month, int organisationId, int? areaId, int? programId, int? serviceTypeId, int? typeId, ImpactLevel? impact) =>
        new(CellLevel.Base, department, year is { } y && month is { } m ? (y * 100) + m : 0, organisationId, areaId ?? 0, programId ?? 0, serviceTypeId ?? 0, typeId ?? 0, impact is { } i ? (int)i : -1);

    /// <summary>This base cell's place in a roll-up: the month, the organisation, and the level's own part.</summary>
    public CellKey In(CellLevel level) => new(
        level, Department, OccurredMonth, OrganisationId, level == CellLevel.Area ? AreaId : 0, level == CellLevel.Program ? ProgramId : 0,
        level == CellLevel.ServiceType ? ServiceTypeId : 0, level == CellLevel.Type ? TypeId : 0, level == CellLevel.Impact ? Impact : 0);

    public AnalysisCell NewCell() => Placed(new AnalysisCell());

    public AnalysisFindingCell NewFindingCell(string allegationType) => Placed(new AnalysisFindingCell { AllegationType = allegationType });

    /// <summary>The cell with this key's place.</summary>
    private T Placed<T>(T cell)
        where T : ISummaryCell
    {
        cell.Level = Level;
        cell.Department = Department;
        cell.OccurredMonth = OccurredMonth;
        cell.OrganisationId = OrganisationId;
        cell.AreaId = AreaId;
        cell.ProgramId = ProgramId;
        cell.ServiceTypeId = ServiceTypeId;
        cell.TypeId = TypeId;
        cell.Impact = Impact;
        return cell;
    }
}
