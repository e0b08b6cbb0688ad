using System.Security.Claims;
using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>Department staff pause the clock of an investigation or a review at police request and resume it; the person responsible is e-mailed.</summary>
public sealed class PoliceHoldSteps(ClockSteps steps, ClockMail mail)
{
    public Task<Result> PauseAsync(ClockKind kind, int id, ReasonForm form, ClaimsPrincipal user, CancellationToken ct) => RunAsync(
        kind, id, form.Version, user, new ClockStep(w => w.CanPauseForPolice(user), ClockStepErrors.CannotHold(kind),
            (w, by, _, now) => w.PauseForPolice(form.Reason, by, now), "police_hold_started"), ct);

    public Task<Result> ResumeAsync(ClockKind kind, int id, VersionForm form, ClaimsPrincipal user, CancellationToken ct) => RunAsync(
        kind, id, form.Version, user, new ClockStep(w => w.CanResumeFromHold(user), ClockStepErrors.CannotHold(kind),
            (w, by, rules, now) => w.ResumeFromHold(by, rules, now), "police_hold_ended"), ct);

    private async Task<Result> RunAsync(ClockKind kind, int id, Guid? version, ClaimsPrincipal user, ClockStep step, CancellationToken ct)
    {
        var done = await steps.RunAsync(kind, id, version, user, step, ct);
        if (done.Failed)
            return done.Error;
        await mail.HoldChangedAsync(done.Value, ct);
        return Result.Ok();
    }
}
