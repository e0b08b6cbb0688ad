using System.IO.Compression;
using System.Xml;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// Decides an upload's type from its first bytes, never from its name or the browser's claim: PDF, PNG,
/// JPEG, GIF, Word and Excel documents (a ZIP whose [Content_Types].xml names the main part), and plain
/// UTF-8 text named .txt. Anything else (programs, web pages, SVG, scripts, macro documents) is null.
/// </summary>
public static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Text = "text/plain";

    private const int MaxContentTypesBytes = 64 * 1024;

    private static readonly Dictionary<string, string> MainParts = new(StringComparer.Ordinal)
    {
        [Docx + ".main+xml"] = Docx,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"] = Xlsx,
    };

    /// <summary>The usual extension of each allowed type, to name a download so it opens in the right program.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Extensions = new Dictionary<string, string[]>
    {
        [Pdf] = [".pdf"],
        [Png] = [".png"],
        [Jpeg] = [".jpg", ".jpeg"],
        [Gif] = [".gif"],
        [Docx] = [".docx"],
        [Xlsx] = [".xlsx"],
        [Text] = [".txt"],
    };

    /// <summary>The detected content type, or null when the file is not one CIMS accepts.</summary>
    public static string? Detect(ReadOnlySpan<byte> data, string fileName)
    {
        if (data.StartsWith("%PDF-"u8))
            return Pdf;
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return Png;
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return Jpeg;
        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
            return Gif;
        if (data.StartsWith("PK\x03\x04"u8))
            return OfficeType(data.ToArray());
        return IsText(data, fileName) ? Text : null;
    }

    private static bool IsText(ReadOnlySpan<byte> data, string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && !data.Contains((byte)0)
        && System.Text.Unicode.Utf8.IsValid(data);

    /// <summary>Word or Excel when the package declares that main part; null for any other ZIP or a broken one.</summary>
    private static string? OfficeType(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("[Content_Types].xml");
            if (entry is null || entry.Length > MaxContentTypesBytes)
                return null;
            using var stream = entry.Open();
            return DeclaredTypes(stream).Select(t => MainParts.GetValueOrDefault(t)).FirstOrDefault(t => t is not null);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    private static List<string> DeclaredTypes(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        var types = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override" && reader.GetAttribute("ContentType") is { } type)
                types.Add(type);
        }

        return types;
    }

    /// <summary>Adds the type's extension when the name has another one ("photo.png" holding a PDF → "photo.png.pdf").</summary>
    public static string WithExtension(string fileName, string contentType)
    {
        var extensions = Extensions[contentType];
        return extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? fileName : fileName + extensions[0];
    }
}
