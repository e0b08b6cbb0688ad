using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared.Steps;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Submission;

public sealed record DeclarationForm : StepForm
{
    public bool Declared { get; init; }

    [BindNever, ValidateNever]
    public ReportReview? Review { get; init; }
}

/// <summary>
/// Declares and submits the report for endorsement: sets its reporting deadline, moves it, audits it.
/// A second submit of a report already awaiting endorsement succeeds without doing anything again.
/// </summary>
public sealed class SubmitReport(CimsDbContext db, IncidentClock incidentClock, AuditLog audit, TimeProvider clock, CimsMetrics metrics)
{
    public async Task<Result> RunAsync(ClaimsPrincipal user, int id, DeclarationForm form, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is not null && AlreadySubmitted(incident, user))
            return Result.Ok();
        if (incident is null || !incident.CanEditAsReporter(user))
            return ReportErrors.NotFound;
        if (incident.Version != form.Version)
            return ReportErrors.Stale;
        if (!form.Declared)
            return ReportErrors.NotDeclared;
        var now = clock.GetUtcNow();
        if (incident.Declare(now) is { Failed: true } declared)
            return declared;
        if (!incident.IsComplete)
            return IncidentErrors.Incomplete;
        await incidentClock.RefreshAsync(incident, ct);
        if (incident.SubmitForEndorsement(new Actor(user.UserId(), user.DisplayName()), now) is { Failed: true } moved)
            return moved;
        incident.RememberStep(ReportSteps.Declaration.Name);
        audit.Record("incident.submitted_for_endorsement", ReportErrors.EntityType, DraftStore.Id(incident), incident.DueRule);
        return await SaveAsync(user, incident, ct);
    }

    private async Task<Result> SaveAsync(ClaimsPrincipal user, Incident incident, CancellationToken ct)
    {
        var (id, impact, sandbox) = (incident.Id, incident.Impact, incident.IsSandbox);
        var saved = await db.SaveOrStaleAsync(ReportErrors.Stale, ct);
        if (!saved.Failed)
        {
            if (!sandbox)
                metrics.ReportSubmitted(TelemetryTags.WebChannel, impact);
            return saved;
        }

        var latest = await db.VisibleIncidents(user).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        return latest is not null && AlreadySubmitted(latest, user) ? Result.Ok() : saved;
    }

    private static bool AlreadySubmitted(Incident incident, ClaimsPrincipal user) =>
        incident.Status == IncidentStatus.AwaitingEndorsement && incident.ReporterUserId == user.UserId();
}
