using System.Security.Claims;
using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// The organisation requests an extension (department staff are e-mailed); the department approves it with a new
/// due date or declines it with a reason (the requester is e-mailed).
/// </summary>
public sealed class ExtensionSteps(TimeSteps steps, TimeMail mail)
{
    public async Task<Result> RequestAsync(int id, ExtensionRequestForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var step = new TimeStep(i => i.CanRequestExtension(user), TimeStepErrors.CannotRequestExtension,
            (i, by, rules, now) => i.RequestExtension(form.DueOn, form.Reason, by, rules, now), "investigation.extension_requested");
        var done = await steps.RunAsync(id, form.Version, user, step, ct);
        if (done.Failed)
            return done.Error;
        await mail.ExtensionRequestedAsync(done.Value, ct);
        return Result.Ok();
    }

    public Task<Result> ApproveAsync(int id, ApproveExtensionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, (i, by, rules, now) => i.ApproveExtension(form.DueOn, by, rules, now), "investigation.extension_approved", ct);

    public Task<Result> DeclineAsync(int id, ReasonForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, (i, by, _, now) => i.DeclineExtension(form.Reason, by, now), "investigation.extension_declined", ct);

    private async Task<Result> DecideAsync(
        int id, Guid? version, ClaimsPrincipal user, TimeMove take, string auditAction, CancellationToken ct)
    {
        var done = await steps.RunAsync(id, version, user, new TimeStep(i => i.CanDecideExtension(user), TimeStepErrors.CannotDecideExtension, take, auditAction), ct);
        if (done.Failed)
            return done.Error;
        await mail.ExtensionDecidedAsync(done.Value, ct);
        return Result.Ok();
    }
}
