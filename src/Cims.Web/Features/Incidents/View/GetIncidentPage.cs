using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

/// <summary>
/// Loads an incident the user may see (else null: a 404) with its names and clock, and records the
/// view of its personal data in the audit log — at most once per user and incident in ten minutes.
/// </summary>
public sealed class GetIncidentPage(CimsDbContext db, IncidentClock clock, AuditLog audit, TimeProvider time)
{
    public const string ViewedAction = "incident.viewed";
    public const string EntityType = "Incident";
    public static readonly TimeSpan ViewThrottle = TimeSpan.FromMinutes(10);

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<IncidentPage?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return null;
        await RecordViewAsync(id, user, ct);
        var names = await IncidentNameLookup.LoadAsync(db, incident, ct);
        return new IncidentPage(incident, names, await ClockAsync(incident, ct), Actions(incident, user)) { Linked = user.IsDepartment() ? await LinkedAsync(id, ct) : [] };
    }

    private Task<List<LinkedReport>> LinkedAsync(int id, CancellationToken ct) => (
        from d in db.DuplicateDecisions
        where d.Verdict == DuplicateVerdict.Linked && (d.IncidentId == id || d.OtherIncidentId == id)
        join i in db.Incidents on (d.IncidentId == id ? d.OtherIncidentId : d.IncidentId) equals i.Id
        join o in db.Organisations on i.OrganisationId equals o.Id
        orderby d.DecidedAt
        select new LinkedReport(i.Id, i.Number, o.Name, d.DecidedByName, d.DecidedAt, d.Reason)).AsNoTracking().ToListAsync(ct);

    private async Task RecordViewAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var since = time.GetUtcNow() - ViewThrottle;
        var key = Key(id);
        var recent = await db.AuditEntries.AnyAsync(
            a => a.Action == ViewedAction && a.EntityType == EntityType && a.EntityId == key && a.UserId == userId && a.OccurredAt > since, ct);
        if (recent)
            return;
        audit.Record(ViewedAction, EntityType, key);
        await db.SaveChangesAsync(ct);
    }

    private async Task<IncidentClockView> ClockAsync(Incident incident, CancellationToken ct)
    {
        var deadline = incident.DueAt is { } due ? new Deadline(due, incident.DueRule ?? "") : await clock.ReportingDeadlineAsync(incident, ct);
        var remaining = deadline is null ? null
            : incident.SubmittedAt is { } submitted
                ? $"Submitted to the department on {Infrastructure.Time.MelbourneTime.Display(submitted)}{(submitted > deadline.DueAt ? ", after the due time" : ", on time")}"
                : clock.Describe(deadline.DueAt);
        var followUp = incident.FollowUpDueAt is { } followUpDue ? clock.Describe(followUpDue) : null;
        return new IncidentClockView(deadline?.DueAt, deadline?.Rule, remaining, followUp);
    }

    private static IncidentPageActions Actions(Incident incident, ClaimsPrincipal user) => new(
        incident.CanEndorse(user),
        incident.CanEditAsReporter(user),
        AddendumRules.CanAdd(incident, user),
        incident.Status != IncidentStatus.Draft,
        Withdrawal.WithdrawalRules.CanWithdraw(incident, user),
        ReporterSummary.ReporterSummaryRules.CanSend(incident, user));
}
