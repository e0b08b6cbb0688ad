using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>What endorsing did: the number given (null while an E1 non-major report waits for the monthly batch).</summary>
public sealed record EndorseOutcome(string? Number, IncidentStatus Status);

/// <summary>
/// The delegate endorses: the report goes to the department (numbered and routed) or, under E1 with
/// non-major impact, waits for the monthly batch. Both saves are one transaction; the reporter is e-mailed.
/// </summary>
public sealed class EndorseIncident(
    CimsDbContext db, EndorsementWrites writes, DepartmentSubmission submission, AuditLog audit, EndorsementMail mail, TimeProvider time)
{
    public async Task<Result<EndorseOutcome>> RunAsync(int id, EndorseForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, ct);
        if (loaded.Failed)
            return loaded.Error;
        var incident = loaded.Value;
        var moved = incident.Endorse(EndorsementWrites.ActorOf(user), time.GetUtcNow());
        if (moved.Failed)
            return moved.Error;
        audit.Record("incident.endorsed", GetIncidentPage.EntityType, GetIncidentPage.Key(id), Details(incident));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (await submission.CompleteAsync(incident, ct) is { Failed: true } routed)
                return routed.Error;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return IncidentErrors.Concurrency;
        }

        await mail.EndorsedAsync(incident, ct);
        return Result<EndorseOutcome>.Ok(new EndorseOutcome(incident.Number, incident.Status));
    }

    private static string Details(Incident incident) => incident.Status == IncidentStatus.NonMajorRecorded
        ? "Endorsed: E1 non-major, waiting for the monthly batch."
        : $"Endorsed and submitted to the department as {IncidentNumbers.Format(incident.Id, incident.SubmittedAt!.Value)}.";
}
