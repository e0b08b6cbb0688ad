using Cims.Domain.Common;
using Cims.Domain.Privacy;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>The limits on files uploaded with a privacy report, and the messages shown beside "Upload a file" when one is broken.</summary>
public static class PrivacyFileErrors
{
    public const string Field = "File";

    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The largest stage post read: one 10 MB file plus the stage's text fields and multipart framing.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (128 * 1024);

    /// <summary>Bodies up to this size are read to the end when refused, so the browser sees the message.</summary>
    public const long MaxDrainBytes = 64 * 1024 * 1024;

    public static readonly Error NoFile = new("privacy.file.none", "Choose a file to upload.", Field);

    public static readonly Error Empty = new("privacy.file.empty", "The file you chose is empty. Choose a file with something in it.", Field);

    public static readonly Error TooLarge = new(
        "privacy.file.too_large", "The file is larger than 10 MB. Choose a smaller file, or reduce it (for example, scan at a lower resolution).", Field);

    public static readonly Error TooMany = new(
        "privacy.file.too_many", $"A report can have at most {PrivacyReportFile.MaxPerReport} files. Remove one before you upload another.", Field);

    public static readonly Error NotAllowed = new(
        "privacy.file.type", "The file must be a PDF, a PNG, JPEG or GIF picture, a Word (.docx) or Excel (.xlsx) document, or a plain text (.txt) file.", Field);

    public static readonly Error NotFound = Error.NotFound("privacy.file.not_found", "That file is no longer on this report.", Field);
}
