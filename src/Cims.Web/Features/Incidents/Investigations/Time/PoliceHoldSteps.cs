using System.Security.Claims;
using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>Department staff pause the investigation's clock at police request and resume it; the person responsible is e-mailed.</summary>
public sealed class PoliceHoldSteps(TimeSteps steps, TimeMail mail)
{
    public Task<Result> PauseAsync(int id, ReasonForm form, ClaimsPrincipal user, CancellationToken ct) => RunAsync(
        id, form.Version, user, new TimeStep(i => i.CanPauseForPolice(user), TimeStepErrors.CannotHold,
            (i, by, _, now) => i.PauseForPolice(form.Reason, by, now), "investigation.police_hold_started"), ct);

    public Task<Result> ResumeAsync(int id, VersionForm form, ClaimsPrincipal user, CancellationToken ct) => RunAsync(
        id, form.Version, user, new TimeStep(i => i.CanResumeFromHold(user), TimeStepErrors.CannotHold,
            (i, by, rules, now) => i.ResumeFromHold(by, rules, now), "investigation.police_hold_ended"), ct);

    private async Task<Result> RunAsync(int id, Guid? version, ClaimsPrincipal user, TimeStep step, CancellationToken ct)
    {
        var done = await steps.RunAsync(id, version, user, step, ct);
        if (done.Failed)
            return done.Error;
        await mail.HoldChangedAsync(done.Value, ct);
        return Result.Ok();
    }
}
