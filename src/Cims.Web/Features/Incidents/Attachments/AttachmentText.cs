using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>How attachments are described on pages: sizes in KB or MB and types in words (en-AU).</summary>
public static class AttachmentText
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Format(MelbourneTime.Culture, "{0:N0} bytes", bytes),
        < 1024 * 1024 => string.Format(MelbourneTime.Culture, "{0:N0} KB", Math.Ceiling(bytes / 1024.0)),
        _ => string.Format(MelbourneTime.Culture, "{0:N1} MB", bytes / (1024.0 * 1024.0)),
    };

    public static string Kind(string contentType) => contentType switch
    {
        ContentSniffer.Pdf => "PDF",
        ContentSniffer.Png => "PNG picture",
        ContentSniffer.Jpeg => "JPEG picture",
        ContentSniffer.Gif => "GIF picture",
        ContentSniffer.Docx => "Word document",
        ContentSniffer.Xlsx => "Excel workbook",
        ContentSniffer.Text => "Text",
        _ => contentType,
    };

    public static string DownloadUrl(int incidentId, int attachmentId) => $"/Incidents/{incidentId}/Attachments/{attachmentId}";
}
