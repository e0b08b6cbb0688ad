using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>What a provider system learns of the incident it sent: its id, number, status and reporting deadline.</summary>
public sealed record EndorsedReportOutcome(int Id, string? Number, IncidentStatus Status, DateTimeOffset? DueAt);

/// <summary>
/// A report endorsed in the provider's own system arrives (the API): it becomes an incident of the sender's organisation
/// as a web report does, step by step (<see cref="EndorsedReportSteps"/>), declared, given its reporting deadline by the
/// same clock, submitted for endorsement and endorsed by the sender with the follow-up it recommends (as the
/// endorsement form takes it: <see cref="DepartmentSubmission.RecommendAsync"/>), then numbered and routed by
/// <see cref="DepartmentSubmission"/> as an endorsement in CIMS is. Saved in one transaction with its audit entries (the API call's, when it has one).
/// The caller has validated the report (<see cref="EndorsedReportValidator"/>). A report from the API sandbox's
/// organisation is a sandbox incident (<see cref="Incident.StartInSandbox"/>).
/// </summary>
public sealed class SubmitEndorsedReport(
    CimsDbContext db, EndorsedReportSteps steps, IncidentClock incidentClock, DepartmentSubmission submission, AuditLog audit, TimeProvider clock, CimsMetrics metrics)
{
    public async Task<Result<EndorsedReportOutcome>> RunAsync(ClaimsPrincipal sender, EndorsedReport report, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var organisationId = sender.OrganisationId();
        var incident = await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == OrganisationKind.Sandbox, ct)
            ? Incident.StartInSandbox(organisationId, sender.UserId(), clock.Today(), now)
            : Incident.Start(organisationId, sender.UserId(), clock.Today(), now);
        if ((incident.SetScope(true, now).Error ?? (await steps.ApplyAsync(incident, report, ct)).Error ?? incident.Declare(now).Error) is { } invalid)
            return invalid;
        await incidentClock.RefreshAsync(incident, ct);
        var actor = new Actor(sender.UserId(), sender.DisplayName());
        if (incident.SubmitForEndorsement(actor, now).Error is { } notSubmitted)
            return notSubmitted;
        var recommended = await submission.RecommendAsync(incident, report.FollowUp?.Action, report.FollowUp?.Reason, ct);
        if (recommended.Failed)
            return FollowUpRecommendation.Named(recommended.Error, nameof(EndorsedReport.FollowUp));
        incident.RememberStep(ReportSteps.Declaration.Name);

        // The API call's transaction (its Idempotency-Key, ADR 0033) when there is one, else its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(ct);
        audit.Record("incident.received", ReportErrors.EntityType, DraftStore.Id(incident),
            $"Endorsed in the provider's system {sender.DisplayName()} and received through the API. {incident.DueRule}");
        var submitted = await submission.SubmitAsync(incident, (i, at) => i.Endorse(actor, at), Endorsement.EndorseIncident.AuditAction, Endorsement.EndorseIncident.Details, ct);
        if (submitted.Failed)
        {
            db.ChangeTracker.Clear();
            return submitted.Error;
        }

        if (transaction is not null)
            await transaction.CommitAsync(ct);
        if (!incident.IsSandbox)
            metrics.ReportSubmitted(TelemetryTags.ApiChannel, incident.Impact);
        return Result<EndorsedReportOutcome>.Ok(new EndorsedReportOutcome(incident.Id, incident.Number, incident.Status, incident.DueAt));
    }
}
