using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Attachments;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>
/// A file for the evidence log, checked by the rules every uploaded file passes (size, and a type its first bytes
/// show is allowed) and stored as one of the incident's attachments, saved with the evidence entry.
/// </summary>
public static class EvidenceFiles
{
    /// <summary>The attachment for the file; no file gives none; a file the rules refuse gives their message.</summary>
    public static async Task<Result<Optional>> ToAttachmentAsync(int incidentId, IFormFile? file, string description, Actor by, DateTimeOffset now, CancellationToken ct)
    {
        if (file is null)
            return Result<Optional>.Ok(new Optional(null));
        if (await UploadAttachment.ReadAsync(file, ct) is not { } data)
            return file.Length == 0 ? AttachmentErrors.Empty : AttachmentErrors.TooLarge;
        var name = SafeFileName.From(file.FileName);
        if (ContentSniffer.Detect(data, name) is not { } type)
            return AttachmentErrors.NotAllowed;
        var attachment = IncidentAttachment.Create(incidentId, SafeFileName.From(ContentSniffer.WithExtension(name, type)), type, data, description, by, now);
        return Result<Optional>.Ok(new Optional(attachment));
    }

    /// <summary>An attachment or none (a <see cref="Result{T}"/> holds no null).</summary>
    public sealed record Optional(IncidentAttachment? Attachment);
}
