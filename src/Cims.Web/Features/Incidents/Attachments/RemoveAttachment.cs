using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>The attachment a removal is about, for the confirmation page.</summary>
public sealed record RemovePage(int IncidentId, AttachmentEditor Editor, string? ReturnReason, Guid Version, AttachmentRow Attachment);

/// <summary>
/// Removes an attachment while the report is still the user's to change (reporter: draft or returned;
/// delegate: awaiting endorsement), with an "incident.attachment_removed" entry. Once the report has moved
/// on, its attachments stay.
/// </summary>
public sealed class RemoveAttachment(CimsDbContext db, AttachmentQueries queries, AuditLog audit)
{
    public const string RemovedAction = "incident.attachment_removed";

    public async Task<Result<RemovePage>> PageAsync(ClaimsPrincipal user, int id, int attachmentId, CancellationToken ct)
    {
        if (await queries.FindAsync(user, id, ct) is not { } found)
            return AttachmentErrors.NotFound;
        var row = (await queries.ListAsync(id, ct)).SingleOrDefault(a => a.Id == attachmentId);
        if (row is null)
            return AttachmentErrors.NotFound;
        if (found.Editor == AttachmentEditor.None)
            return AttachmentErrors.Locked;
        return Result<RemovePage>.Ok(new RemovePage(id, found.Editor, found.Incident.ReturnReason, found.Incident.Version, row));
    }

    public async Task<Result<AttachmentEditor>> RunAsync(ClaimsPrincipal user, int id, int attachmentId, CancellationToken ct)
    {
        var page = await PageAsync(user, id, attachmentId, ct);
        if (page.Failed)
            return page.Error;
        var found = page.Value;
        var attachment = await db.IncidentAttachments.SingleAsync(a => a.Id == attachmentId, ct);
        db.IncidentAttachments.Remove(attachment);
        audit.Record(RemovedAction, AttachmentErrors.EntityType, UploadAttachment.Key(id), UploadAttachment.Describe(attachment));
        await db.SaveChangesAsync(ct);
        return Result<AttachmentEditor>.Ok(found.Editor);
    }
}
