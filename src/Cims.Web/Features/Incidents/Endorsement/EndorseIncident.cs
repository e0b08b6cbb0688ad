using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>What endorsing did: the number given (null while an E1 non-major report waits for the monthly batch).</summary>
public sealed record EndorseOutcome(string? Number, IncidentStatus Status);

/// <summary>
/// The delegate endorses: the report goes to the department (numbered and routed) or, under E1 with
/// non-major impact, waits for the monthly batch. A major-impact report carries the follow-up the delegate recommends
/// if it differs from the rules' suggestion (the department then screens it). One save; the reporter is e-mailed.
/// </summary>
public sealed class EndorseIncident(EndorsementWrites writes, DepartmentSubmission submission, EndorsementMail mail)
{
    public const string AuditAction = "incident.endorsed";

    public async Task<Result<EndorseOutcome>> RunAsync(int id, EndorseForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, ct);
        if (loaded.Failed)
            return loaded.Error;
        var incident = loaded.Value;
        var recommended = await submission.RecommendAsync(incident, form.FollowUp, form.RecommendationReason, ct);
        if (recommended.Failed)
            return recommended.Error;

        var actor = EndorsementWrites.ActorOf(user);
        var submitted = await submission.SubmitAsync(incident, (i, now) => i.Endorse(actor, now), AuditAction, Details, ct);
        if (submitted.Failed)
            return submitted.Error;
        await mail.EndorsedAsync(incident, ct);
        return Result<EndorseOutcome>.Ok(new EndorseOutcome(incident.Number, incident.Status));
    }

    /// <summary>The audit entry of an endorsement: where the report went.</summary>
    public static string Details(Incident incident) => incident.Status == IncidentStatus.NonMajorRecorded
        ? "Endorsed: E1 non-major, waiting for the monthly batch."
        : $"Endorsed and submitted to the department as {incident.Number}.";
}
