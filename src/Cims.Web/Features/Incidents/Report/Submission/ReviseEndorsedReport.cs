using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>
/// The provider's system replaces a report the department has not acted on (ADR 0035). The corrected report is applied
/// through the web form's own steps (<see cref="EndorsedReportSteps"/>) to a scratch incident that is never saved, so
/// every rule that needs the database is the form's; <see cref="Incident.Revise"/> then takes its content with an
/// addendum of what changed. The reporting deadline is computed again; a report raised to major impact while it waited
/// for the monthly batch goes to the department now (<see cref="DepartmentSubmission"/>), one the department has and
/// that now needs routing is routed, and one in screening that no longer needs it leaves screening. One save, with
/// its audit entry. The If-Match versions given (null for any) must hold the incident's version.
/// </summary>
public sealed class ReviseEndorsedReport(
    CimsDbContext db, EndorsedReportSteps steps, IncidentClock incidentClock, DepartmentSubmission submission, AuditLog audit, TimeProvider clock)
{
    public const string AuditAction = "incident.revised";

    /// <returns>The incident's new version.</returns>
    public async Task<Result<Guid>> RunAsync(int id, IReadOnlyCollection<Guid>? versions, ClaimsPrincipal sender, ReportRevision revision, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(sender).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (versions is not null && !versions.Contains(incident.Version))
            return IncidentErrors.Concurrency;
        var now = clock.GetUtcNow();
        var corrected = Incident.Start(incident.OrganisationId, incident.ReporterUserId, clock.Today(), now);
        if ((corrected.SetScope(true, now).Error ?? (await steps.ApplyAsync(corrected, revision, ct)).Error ?? corrected.Declare(now).Error) is { } invalid)
            return invalid;
        var changes = await ReportChanges.DescribeAsync(db, incident, corrected, ct);
        var actor = new Actor(sender.UserId(), sender.DisplayName());
        if (incident.Revise(corrected.Content!, revision.Reason, changes, actor, await DepartmentAuthorsAsync(incident, ct), now).Error is { } refused)
            return refused;
        await incidentClock.RefreshAsync(incident, ct);
        var details = $"Revised through the API by {sender.DisplayName()}: {revision.Reason!.Trim()}\n{changes}";
        var saved = await MoveOnAsync(incident, actor, details, now, ct);
        return saved.Failed ? saved.Error : Result<Guid>.Ok(incident.Version);
    }

    /// <summary>Where the revised report goes now, saved with the audit entry.</summary>
    private async Task<Result> MoveOnAsync(Incident incident, Actor actor, string details, DateTimeOffset now, CancellationToken ct)
    {
        if (incident.Status == IncidentStatus.NonMajorRecorded && incident.Impact == ImpactLevel.Major)
            return await submission.SubmitAsync(incident, (i, at) => i.SubmitRevisedNow(actor, at), AuditAction, i => $"{details}\nSubmitted to the department as {i.Number}.", ct);
        var moved = incident.Status switch
        {
            IncidentStatus.SubmittedToDepartment when incident.DepartmentRoute != DepartmentRoute.None => await submission.RouteAsync(incident, now, ct),
            IncidentStatus.DepartmentReview when incident.DepartmentRoute != DepartmentRoute.Screening =>
                incident.LeaveScreening(DepartmentSubmission.System, "Revised to non-major impact: no screening needed", now),
            _ => Result.Ok(),
        };
        if (moved.Failed)
        {
            db.ChangeTracker.Clear();
            return moved;
        }

        audit.Record(AuditAction, GetIncidentPage.EntityType, GetIncidentPage.Key(incident.Id), details);
        return await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }

    /// <summary>Those of the incident's addendum authors who are department staff.</summary>
    private async Task<IReadOnlySet<string>> DepartmentAuthorsAsync(Incident incident, CancellationToken ct)
    {
        var authors = incident.Addendums.Select(a => a.ByUserId).Distinct().ToList();
        if (authors.Count == 0)
            return new HashSet<string>();
        var department = await db.Users.Where(u => authors.Contains(u.Id))
            .Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && o.Kind == OrganisationKind.Department))
            .Select(u => u.Id).ToListAsync(ct);
        return department.ToHashSet(StringComparer.Ordinal);
    }
}
