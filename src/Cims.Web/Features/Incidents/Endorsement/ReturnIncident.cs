using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>The delegate returns the report to its reporter with a reason; the reporter is e-mailed.</summary>
public sealed class ReturnIncident(EndorsementWrites writes, AuditLog audit, EndorsementMail mail, TimeProvider time)
{
    public async Task<Result> RunAsync(int id, ReturnForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, ct);
        if (loaded.Failed)
            return loaded.Error;
        var incident = loaded.Value;
        var moved = incident.ReturnToReporter(EndorsementWrites.ActorOf(user), form.Reason, time.GetUtcNow());
        if (moved.Failed)
            return moved;
        audit.Record("incident.returned", GetIncidentPage.EntityType, GetIncidentPage.Key(id), $"Reason: {incident.ReturnReason}");
        var saved = await writes.SaveAsync(ct);
        if (saved.Failed)
            return saved;
        await mail.ReturnedAsync(incident, ct);
        return Result.Ok();
    }
}
