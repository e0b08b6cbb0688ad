using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// Adds a file to a report its reporter (draft or returned) or delegate (awaiting endorsement) may change:
/// at most 10 files of at most 10 MB each, of a type its first bytes show is allowed. The attachment, its
/// bytes and the "incident.attachment_added" entry are saved together.
/// </summary>
public sealed class UploadAttachment(CimsDbContext db, AttachmentQueries queries, AuditLog audit, TimeProvider clock)
{
    public const string AddedAction = "incident.attachment_added";

    public async Task<Result<AttachmentEditor>> RunAsync(ClaimsPrincipal user, int id, UploadForm form, CancellationToken ct)
    {
        if (await queries.FindAsync(user, id, ct) is not { } found)
            return AttachmentErrors.NotFound;
        if (found.Editor == AttachmentEditor.None)
            return AttachmentErrors.Locked;
        if (await db.IncidentAttachments.CountAsync(a => a.IncidentId == id, ct) >= AttachmentErrors.MaxFiles)
            return AttachmentErrors.TooMany;
        var (file, error) = await CheckedFile.ReadAsync(form.File, "File", ct);
        if (error is not null)
            return error;
        if (file is null)
            return AttachmentErrors.NoFile;
        var attachment = file.ToAttachment(id, form.Description, new Actor(user.UserId(), user.DisplayName()), clock.GetUtcNow());
        db.IncidentAttachments.Add(attachment);
        audit.Record(AddedAction, AttachmentErrors.EntityType, Key(id), Describe(attachment));
        await db.SaveChangesAsync(ct);
        return Result<AttachmentEditor>.Ok(found.Editor);
    }

    public static string Describe(IncidentAttachment a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.FileName} ({a.SizeBytes} bytes, {a.ContentType}), SHA-256 {a.Sha256}");

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
