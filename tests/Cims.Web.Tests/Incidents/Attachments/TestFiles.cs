using System.IO.Compression;
using System.Text;

namespace Cims.Web.Tests.Incidents.Attachments;

/// <summary>Small files of each kind, built from their first bytes, for the sniffer and upload tests.</summary>
public static class TestFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];

    public static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a\x01\0\x01\0\0\0\0;");

    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Notes from the case meeting – Jo is safe at her sister’s.\n");

    public static byte[] Docx() => Zip(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml");

    public static byte[] Xlsx() => Zip(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml");

    /// <summary>A ZIP with a [Content_Types].xml that names no Word or Excel main part.</summary>
    public static byte[] PlainZip() => Zip("application/xml", "/data.xml");

    /// <summary>A ZIP with no [Content_Types].xml at all.</summary>
    public static byte[] BareZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            Write(zip, "readme.txt", "hello");
        return buffer.ToArray();
    }

    private static byte[] Zip(string mainType, string partName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="{partName}" ContentType="{mainType}"/>
                </Types>
                """);
            Write(zip, partName.TrimStart('/'), "<document/>");
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
