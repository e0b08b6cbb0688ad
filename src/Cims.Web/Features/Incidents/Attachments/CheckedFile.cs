using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// An uploaded file that passed the rules every incident attachment passes (not empty, at most 10 MB, a type its first
/// bytes show is allowed, a safe file name with the right extension), ready to become an attachment of an incident.
/// </summary>
public sealed record CheckedFile(string FileName, string ContentType, byte[] Data)
{
    /// <summary>The checked file; none when no file was chosen; or why it cannot be kept, on <paramref name="field"/>.</summary>
    public static async Task<(CheckedFile? File, Error? Error)> ReadAsync(IFormFile? file, string field, CancellationToken ct)
    {
        if (file is null)
            return (null, null);
        if (await ReadAsync(file, ct) is not { } data)
            return (null, (file.Length == 0 ? AttachmentErrors.Empty : AttachmentErrors.TooLarge) with { Field = field });
        var name = SafeFileName.From(file.FileName);
        if (ContentSniffer.Detect(data, name) is not { } type)
            return (null, AttachmentErrors.NotAllowed with { Field = field });
        return (new CheckedFile(SafeFileName.From(ContentSniffer.WithExtension(name, type)), type, data), null);
    }

    public IncidentAttachment ToAttachment(int incidentId, string? description, Actor by, DateTimeOffset now) =>
        IncidentAttachment.Create(incidentId, FileName, ContentType, Data, description, by, now);

    /// <summary>The file's bytes; null when there is no file, it is empty, or it is over the limit.</summary>
    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > AttachmentErrors.MaxFileBytes)
            return null;
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
