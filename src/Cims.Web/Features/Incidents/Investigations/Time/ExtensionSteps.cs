using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// The organisation requests an extension (department staff are e-mailed); the department approves it with a new
/// due date or declines it with a reason (the requester is e-mailed).
/// </summary>
public sealed class ExtensionSteps(TimeSteps steps, TimeMail mail, AuditLog audit)
{
    public async Task<Result> RequestAsync(int id, ExtensionRequestForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var (document, error) = await CheckedFile.ReadAsync(form.Document, ExtensionDocument.Field, ct);
        if (error is not null)
            return error;
        var step = new TimeStep(i => i.CanRequestExtension(user), TimeStepErrors.CannotRequestExtension,
            (i, by, rules, now) => Request(i, form, document?.ToAttachment(i.IncidentId, ExtensionDocument.Description, by, now), by, rules, now), "investigation.extension_requested");
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

    /// <summary>The request, and its document as an attachment of the incident with the attachment's own audit entry.</summary>
    private Result Request(Investigation investigation, ExtensionRequestForm form, IncidentAttachment? document, Actor by, InvestigationTimeRules rules, DateTimeOffset now)
    {
        var requested = investigation.RequestExtension(form.DueOn, form.Reason, by, rules, now, document);
        if (!requested.Failed && document is not null)
            audit.Record(UploadAttachment.AddedAction, AttachmentErrors.EntityType, UploadAttachment.Key(investigation.IncidentId), UploadAttachment.Describe(document));
        return requested;
    }

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
