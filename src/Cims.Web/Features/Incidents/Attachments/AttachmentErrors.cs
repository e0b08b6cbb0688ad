using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>The limits on attachments and the messages shown when an upload breaks them.</summary>
public static class AttachmentErrors
{
    public const string EntityType = "Incident";
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The largest request the upload action reads: one 10 MB file plus the other fields and multipart framing.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    /// <summary>Bodies up to this size are read to the end when refused, so the browser sees the message (see <see cref="OversizeUploadAttribute"/>).</summary>
    public const long MaxDrainBytes = 64 * 1024 * 1024;

    public const int MaxFiles = 10;

    public static readonly Error NotFound = Error.NotFound("attachment.not_found", "That report or attachment does not exist.");

    public static readonly Error Locked = new(
        "attachment.locked", "This report has moved on: its attachments can no longer be added or removed.");

    public static readonly Error NoFile = new("attachment.no_file", "Choose a file to attach.", "File");

    public static readonly Error Empty = new("attachment.empty", "The file you chose is empty. Choose a file with something in it.", "File");

    public static readonly Error TooLarge = new(
        "attachment.too_large", "The file is larger than 10 MB. Choose a smaller file, or reduce it (for example, scan at a lower resolution).", "File");

    public static readonly Error TooMany = new(
        "attachment.too_many", "A report can have at most 10 attachments. Remove one before you add another.", "File");

    public static readonly Error NotAllowed = new(
        "attachment.type", "The file must be a PDF, a PNG, JPEG or GIF picture, a Word (.docx) or Excel (.xlsx) document, or a plain text (.txt) file.", "File");
}
