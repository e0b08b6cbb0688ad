using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>
/// The delegate amends the location, description or impact before endorsing. The amendment is
/// recorded as a "delegate amendment" addendum listing "Field: old → new", and the deadline is
/// recomputed (the impact can change it).
/// </summary>
public sealed class AmendIncident(EndorsementWrites writes, IncidentClock clock, AuditLog audit, TimeProvider time)
{
    private const int QuotedMax = 2000;

    public async Task<Result> RunAsync(int id, AmendForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, form.Version, user, ct);
        if (loaded.Failed)
            return loaded.Error;
        var incident = loaded.Value;
        if (incident.Details is not { } before)
            return IncidentErrors.Incomplete;
        var after = before with { Location = form.Location!.Trim(), Description = form.Description!.Trim(), Impact = form.Impact!.Value };
        var changes = AuditLog.Changes(
            ("Location", before.Location, after.Location),
            ("Description", Quote(before.Description), Quote(after.Description)),
            ("Impact", before.Impact.Display(), after.Impact.Display()));
        if (changes is null)
            return EndorsementErrors.NoChanges;
        var now = time.GetUtcNow();
        var result = incident.SetDetails(after, now);
        if (!result.Failed)
            result = incident.AddAddendum(AddendumKind.DelegateAmendment, changes, EndorsementWrites.ActorOf(user), now);
        if (result.Failed)
            return result;
        await clock.RefreshAsync(incident, ct);
        audit.Record("incident.amended", GetIncidentPage.EntityType, GetIncidentPage.Key(id), changes);
        return await writes.SaveAsync(ct);
    }

    private static string Quote(string text) => text.Length <= QuotedMax ? $"\"{text}\"" : $"\"{text[..QuotedMax]}…\"";
}
