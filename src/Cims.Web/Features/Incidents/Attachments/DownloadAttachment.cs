using System.Globalization;
using System.Security.Claims;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>An attachment's bytes as stored, with the name and the type CIMS detected.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Data);

/// <summary>
/// Serves an attachment only when its incident is visible to the user and it belongs to that incident
/// (else null: a 404), and records the download as "incident.attachment_downloaded".
/// </summary>
public sealed class DownloadAttachment(CimsDbContext db, AuditLog audit)
{
    public const string DownloadedAction = "incident.attachment_downloaded";

    public async Task<AttachmentFile?> RunAsync(ClaimsPrincipal user, int id, int attachmentId, CancellationToken ct)
    {
        var visible = db.VisibleIncidents(user).Where(i => i.Id == id).Select(i => i.Id);
        var file = await db.IncidentAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.IncidentId == id && visible.Contains(a.IncidentId))
            .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content!.Data))
            .SingleOrDefaultAsync(ct);
        if (file is null)
            return null;
        audit.Record(DownloadedAction, AttachmentErrors.EntityType, UploadAttachment.Key(id),
            string.Create(CultureInfo.InvariantCulture, $"Attachment {attachmentId}: {file.FileName}"));
        await db.SaveChangesAsync(ct);
        return file;
    }
}
