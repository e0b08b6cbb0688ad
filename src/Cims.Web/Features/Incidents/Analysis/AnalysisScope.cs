using System.Linq.Expressions;
using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// Who sees which incidents in the dashboards (domain reference §5.2, §10): department staff and analysts every
/// reported incident; an organisation's delegates and administrators their organisation's. Drafts and withdrawn
/// incidents are not counted. Analysts read de-identified lists and small counts suppressed; staff have a case need.
/// </summary>
public static class AnalysisScope
{
    public static bool MaySee(ClaimsPrincipal user) =>
        user.IsDepartment()
            ? user.IsInRole(Roles.DepartmentStaff) || user.IsInRole(Roles.DepartmentAnalyst)
            : user.IsInRole(Roles.AuthorisedDelegate) || user.IsInRole(Roles.OrganisationAdmin);

    /// <summary>An analyst without a case need: lists without links to the incidents, counts under the threshold suppressed.</summary>
    public static bool IsDeidentified(ClaimsPrincipal user) => user.IsDepartment() && !user.IsInRole(Roles.DepartmentStaff);

    /// <summary>The department sees every organisation; an organisation only itself.</summary>
    public static bool SeesEveryOrganisation(ClaimsPrincipal user) => user.IsDepartment();

    public static IQueryable<Incident> Incidents(CimsDbContext db, ClaimsPrincipal user) => Reported(db.VisibleIncidents(user));

    /// <summary>The incidents the dashboards count: numbered, neither drafts nor withdrawn.</summary>
    public static IQueryable<Incident> Reported(IQueryable<Incident> incidents) =>
        incidents.Where(i => i.Number != null && i.Status != IncidentStatus.Draft && i.Status != IncidentStatus.Withdrawn);

    /// <summary>The incidents the filters select, within what the user may see; overdue means as of <paramref name="now"/>.</summary>
    public static IQueryable<Incident> Filtered(CimsDbContext db, ClaimsPrincipal user, AnalysisFilters f, DateTimeOffset now)
    {
        var query = Incidents(db, user);
        if (f.DivisionId is { } divisionId)
            query = query.Where(i => db.Areas.Any(a => a.Id == i.Service!.AreaId && a.DivisionId == divisionId));
        if (f.AreaId is { } areaId)
            query = query.Where(i => i.Service!.AreaId == areaId);
        if (f.ProgramId is { } programId)
            query = query.Where(i => i.Service!.ProgramId == programId);
        if (f.ServiceTypeId is { } serviceTypeId)
            query = query.Where(i => i.Service!.ServiceTypeId == serviceTypeId);
        if (f.OrganisationId is { } organisationId)
            query = query.Where(i => i.OrganisationId == organisationId);
        if (f.TypeId is { } typeId)
            query = query.Where(i => i.Details!.PrimaryTypeId == typeId);
        if (f.Impact is { } impact)
            query = query.Where(i => i.Details!.Impact == impact);
        if (f.SubjectRole is { } role)
            query = query.Where(WithSubject(role));
        if (f.Aboriginal is { } aboriginal)
            query = query.Where(aboriginal ? WithAboriginalClient : WithoutAboriginalClient);
        if (!string.IsNullOrWhiteSpace(f.AllegationType) || f.Substantiated is not null)
            query = query.Where(WithFinding(db, f.AllegationType?.Trim(), f.Substantiated));
        if (f.OnTime is { } onTime)
            query = query.Where(onTime ? ReportOnTime : ReportLate);
        if (f.Work is { } work)
            query = WorkMeasures.Where(query, db, work, now);
        return DateRangeFilter.Apply(query, f, i => i.Dates!.OccurredOn, i => i.SubmittedAt);
    }

    /// <summary>The ABS Indigenous status codes of Aboriginal and/or Torres Strait Islander people (domain reference §12.4).</summary>
    public static readonly string[] AboriginalCodes = ["1", "2", "3"];

    public static readonly Expression<Func<Incident, bool>> WithAboriginalClient = i => i.Clients.Any(c => AboriginalCodes.Contains(c.IndigenousStatus));

    public static readonly Expression<Func<Incident, bool>> WithoutAboriginalClient = i => !i.Clients.Any(c => AboriginalCodes.Contains(c.IndigenousStatus));

    /// <summary>The report reached the department (endorsed, or sent in the monthly batch) by its due date (T2, T3).</summary>
    public static readonly Expression<Func<Incident, bool>> ReportOnTime = i => i.DueAt != null && i.SubmittedAt <= i.DueAt;

    public static readonly Expression<Func<Incident, bool>> ReportLate = i => i.DueAt != null && i.SubmittedAt > i.DueAt;

    /// <summary>The incident's investigation found on an allegation (of the type, if given; substantiated or not, if asked).</summary>
    public static Expression<Func<Incident, bool>> WithFinding(CimsDbContext db, string? type, bool? substantiated) =>
        i => db.Investigations.Any(v => v.IncidentId == i.Id && v.Allegations.Any(a => a.Finding != null
            && (type == null || a.IncidentType == type)
            && (substantiated == null || (a.Finding == AllegationFinding.Substantiated) == substantiated)));

    public static Expression<Func<Incident, bool>> WithSubject(SubjectOfAllegationRole role) =>
        i => i.Others.Any(o => o.Role == OtherPersonRole.SubjectOfAllegation && o.AllegationRole == role);
}
