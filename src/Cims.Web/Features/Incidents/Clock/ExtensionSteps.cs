using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// The organisation requests an extension of an investigation or a review (department staff are e-mailed); the
/// department approves it with a new due date or declines it with a reason (the requester is e-mailed).
/// </summary>
public sealed class ExtensionSteps(ClockSteps steps, ClockMail mail, AuditLog audit)
{
    public async Task<Result> RequestAsync(ClockKind kind, int id, ExtensionRequestForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var (document, error) = await CheckedFile.ReadAsync(form.Document, ExtensionDocument.Field, ct);
        if (error is not null)
            return error;
        var step = new ClockStep(w => w.CanRequestExtension(user), ClockStepErrors.CannotRequestExtension(kind),
            (w, by, rules, now) => Request(w, form, document?.ToAttachment(w.IncidentId, ExtensionDocument.Description, by, now), by, rules, now), "extension_requested");
        var done = await steps.RunAsync(kind, id, form.Version, user, step, ct);
        if (done.Failed)
            return done.Error;
        await mail.ExtensionRequestedAsync(done.Value, ct);
        return Result.Ok();
    }

    public Task<Result> ApproveAsync(ClockKind kind, int id, ApproveExtensionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        kind, id, form.Version, user, (w, by, rules, now) => w.ApproveExtension(form.DueOn, by, rules, now), "extension_approved", ct);

    public Task<Result> DeclineAsync(ClockKind kind, int id, ReasonForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        kind, id, form.Version, user, (w, by, _, now) => w.DeclineExtension(form.Reason, by, now), "extension_declined", ct);

    /// <summary>The request, and its document as an attachment of the incident with the attachment's own audit entry.</summary>
    private Result Request(ClockedWork work, ExtensionRequestForm form, IncidentAttachment? document, Actor by, InvestigationTimeRules rules, DateTimeOffset now)
    {
        var requested = work.RequestExtension(form.DueOn, form.Reason, by, rules, now, document);
        if (!requested.Failed && document is not null)
            audit.Record(UploadAttachment.AddedAction, AttachmentErrors.EntityType, UploadAttachment.Key(work.IncidentId), UploadAttachment.Describe(document));
        return requested;
    }

    private async Task<Result> DecideAsync(
        ClockKind kind, int id, Guid? version, ClaimsPrincipal user, ClockMove take, string auditAction, CancellationToken ct)
    {
        var step = new ClockStep(w => w.CanDecideExtension(user), ClockStepErrors.CannotDecideExtension(kind), take, auditAction);
        var done = await steps.RunAsync(kind, id, version, user, step, ct);
        if (done.Failed)
            return done.Error;
        await mail.ExtensionDecidedAsync(done.Value, ct);
        return Result.Ok();
    }
}
