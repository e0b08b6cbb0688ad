namespace Cims.Domain.Incidents;

/// <summary>
/// A file attached to an incident report (a photo, a letter, a body map). Its bytes live in
/// <see cref="AttachmentContent"/>, in the database: outside the web root, and shared by every web
/// node. Served only through an action that checks the incident's access rules.
/// </summary>
public sealed class IncidentAttachment
{
    public const int FileNameMaxLength = 200;
    public const int DescriptionMaxLength = 500;

    private IncidentAttachment()
    {
    }

    public int Id { get; private set; }

    public int IncidentId { get; private set; }

    /// <summary>The file name as uploaded, cleaned of any path and of characters that are unsafe in headers.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The content type CIMS detected from the file's first bytes (never the browser's claim).</summary>
    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the content, hex: shows in the audit log which file was stored.</summary>
    public string Sha256 { get; private set; } = "";

    public string? Description { get; private set; }

    public string UploadedByUserId { get; private set; } = "";

    public string UploadedByName { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public AttachmentContent? Content { get; private set; }

    public static IncidentAttachment Create(
        int incidentId, string fileName, string contentType, byte[] data, string? description, Actor by, DateTimeOffset at) => new()
        {
            IncidentId = incidentId,
            FileName = fileName,
            ContentType = contentType,
            SizeBytes = data.LongLength,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            UploadedByUserId = by.UserId,
            UploadedByName = by.Name,
            UploadedAt = at,
            Content = new AttachmentContent(data),
        };
}

/// <summary>The bytes of an attachment, kept apart so lists of attachments never load them.</summary>
public sealed class AttachmentContent(byte[] data)
{
    public int Id { get; private set; }

    public byte[] Data { get; private set; } = data;
}
