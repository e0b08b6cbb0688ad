using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>
/// Loads a submitted report (a draft is "not found") with its names, files, linked incident and the staff it can
/// be assigned to, and records the view of its personal data: at most once per user and report in ten minutes.
/// </summary>
public sealed class GetPrivacyReportPage(CimsDbContext db, AuditLog audit, TimeProvider time)
{
    public const string ViewedAction = "privacy.viewed";
    public static readonly TimeSpan ViewThrottle = TimeSpan.FromMinutes(10);

    private static readonly string[] Lists =
    [
        OptionLists.DateAccuracy, OptionLists.ClientIdentifierType, OptionLists.Sex, OptionLists.IndigenousStatus,
        OptionLists.RelationshipToDepartment, OptionLists.ImmediateSafetyNeeds, OptionLists.PrivacyPrinciple,
        OptionLists.InformationDisclosed, OptionLists.ConsultationTaken, OptionLists.DisclosureStatus,
    ];

    public async Task<PrivacyReportPage?> RunAsync(int id, ClaimsPrincipal user, bool recordView, CancellationToken ct)
    {
        var report = await db.PrivacyReports.AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id && r.Status != PrivacyReportStatus.Draft, ct);
        if (report is null)
            return null;
        if (recordView)
            await RecordViewAsync(id, user, ct);
        var files = await db.PrivacyReportFiles.AsNoTracking().Where(f => f.PrivacyReportId == id).OrderBy(f => f.Id)
            .Select(f => new PrivacyFileRow(f.Id, f.FileName, f.SizeBytes)).ToListAsync(ct);
        var linked = report.LinkedIncidentId is { } incidentId
            ? await db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Number).FirstOrDefaultAsync(ct)
            : null;
        var canAct = user.IsInRole(Roles.DepartmentStaff);
        var staff = canAct ? await StaffAsync(ct) : [];
        return new PrivacyReportPage(report, await NamesAsync(report, ct), files, linked, staff, canAct, user.UserId());
    }

    /// <summary>Active department staff, by name: who a report can be assigned to.</summary>
    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               join organisation in db.Organisations on user.OrganisationId equals organisation.Id
               where role.Name == Roles.DepartmentStaff && user.IsActive && organisation.Kind == OrganisationKind.Department
               orderby user.DisplayName
               select new StaffChoice(user.Id, user.DisplayName)).ToListAsync(ct);

    private async Task<PrivacyNames> NamesAsync(Domain.Privacy.PrivacyReport report, CancellationToken ct)
    {
        var s = report.Service ?? new PrivacyService(0, new Domain.Incidents.Address(null, null, null, null), false, 0, 0, 0);
        var organisation = await db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var area = await db.Areas.Where(a => a.Id == s.AreaId).Select(a => new { Division = a.Division!.Name, a.Name }).FirstOrDefaultAsync(ct);
        var program = await db.Programs.Where(p => p.Id == s.ProgramId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var type = await db.ServiceTypes.Where(t => t.Id == s.ServiceTypeId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        var options = await db.OptionItems.AsNoTracking().Where(o => Lists.Contains(o.List)).Select(o => new { o.List, o.Code, o.Name }).ToListAsync(ct);
        var labels = options.GroupBy(o => o.List).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(o => o.Code, o => o.Name));
        return new PrivacyNames(
            organisation ?? "—", area is null ? "—" : Area.Label(area.Division, area.Name), program ?? "—", type ?? "—", labels);
    }

    private async Task RecordViewAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var since = time.GetUtcNow() - ViewThrottle;
        var key = id.ToString(CultureInfo.InvariantCulture);
        var recent = await db.AuditEntries.AnyAsync(
            a => a.Action == ViewedAction && a.EntityType == PrivacyDrafts.EntityType && a.EntityId == key && a.UserId == userId && a.OccurredAt > since, ct);
        if (recent)
            return;
        audit.Record(ViewedAction, PrivacyDrafts.EntityType, key);
        await db.SaveChangesAsync(ct);
    }
}
