using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Attachments;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// The optional document of an extension request, checked as every incident attachment is (at most 10 MB, a type its
/// first bytes show is allowed, a safe file name) and stored as an attachment of the investigation's incident.
/// </summary>
public sealed record ExtensionDocument(string FileName, string ContentType, byte[] Data)
{
    public const string Field = "Document";
    public const string Description = "Extension request document";

    /// <summary>The document, none (no file chosen), or why it cannot be kept.</summary>
    public static async Task<(ExtensionDocument? Document, Error? Error)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
            return (null, null);
        if (await UploadAttachment.ReadAsync(file, ct) is not { } data)
            return (null, (file.Length == 0 ? AttachmentErrors.Empty : AttachmentErrors.TooLarge) with { Field = Field });
        var name = SafeFileName.From(file.FileName);
        if (ContentSniffer.Detect(data, name) is not { } type)
            return (null, AttachmentErrors.NotAllowed with { Field = Field });
        return (new ExtensionDocument(SafeFileName.From(ContentSniffer.WithExtension(name, type)), type, data), null);
    }

    public IncidentAttachment ToAttachment(int incidentId, Actor by, DateTimeOffset now) =>
        IncidentAttachment.Create(incidentId, FileName, ContentType, Data, Description, by, now);
}
